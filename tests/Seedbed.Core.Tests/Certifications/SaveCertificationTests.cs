using Microsoft.EntityFrameworkCore;
using Seedbed.Core.Accounts;
using Seedbed.Core.Certifications;
using Seedbed.Core.Common;
using Seedbed.Core.Enterprises;
using Seedbed.Core.Tests.Support;
using static Seedbed.Core.Tests.Certifications.CertificationTestData;

namespace Seedbed.Core.Tests.Certifications;

/// <summary>Recording certificates by hand: checks in Chinese, default expiry, edit, remove, history, scope.</summary>
public class SaveCertificationTests
{
    private static CertificationInput Hnte(int enterpriseId, string number = "GR201933000123", DateOnly? issued = null, DateOnly? expires = null) =>
        new() { EnterpriseId = enterpriseId, Kind = "hnte", Number = number, IssuedOn = issued ?? new DateOnly(2019, 12, 2), ExpiresOn = expires };

    [Theory, Providers]
    public async Task Add_DefaultsTheExpiry_AndTheHistoryShowsIt(string provider)
    {
        await using var t = await TestDatabase.CreateAsync(provider);
        var id = await EnterpriseAsync(t, "手工登记", "祥符");
        var certId = await t.Get<SaveCertification>().ExecuteAsync(null, Hnte(id), "王五", "页面编辑");
        Assert.NotNull(certId);
        await using var db = t.NewContext();
        var q = await db.Qualifications.SingleAsync(x => x.Id == certId);
        Assert.Equal(new DateOnly(2022, 12, 1), q.ExpiresOn);
        var history = await t.Get<GetEnterpriseHistory>().ExecuteAsync(id, 1, 10);
        Assert.Contains(history!.Items, h => h.Field == "资质" && h.NewValue == "国家高新技术企业 GR201933000123" && h.Actor == "王五");
        Assert.Contains(await db.AuditRecords.ToListAsync(), a => a.Action == "update" && a.Target == $"enterprise:{id}");
    }

    [Theory, Providers]
    public async Task WrongInput_NamesEachField_InChinese_AndWritesNothing(string provider)
    {
        await using var t = await TestDatabase.CreateAsync(provider);
        var id = await EnterpriseAsync(t, "手工登记", "祥符");
        var save = t.Get<SaveCertification>();
        var ex = await Assert.ThrowsAsync<SeedbedValidationException>(() =>
            save.ExecuteAsync(null, Hnte(id, "GR2019", new DateOnly(2099, 1, 1), new DateOnly(2098, 1, 1)), "王五", "页面编辑"));
        Assert.Equal(["expiresOn", "issuedOn", "number"], ex.Issues.Select(i => i.Location).Order(StringComparer.Ordinal));
        Assert.Contains("将来", ex.Issues.Single(i => i.Location == "issuedOn").Message, StringComparison.Ordinal);
        var kind = await Assert.ThrowsAsync<SeedbedValidationException>(() =>
            save.ExecuteAsync(null, new CertificationInput { EnterpriseId = id, Kind = "sunrise", Number = "X1", IssuedOn = new(2020, 1, 1) }, "王五", "页面编辑"));
        Assert.Equal("kind", kind.Issues.Single().Location);
        await save.ExecuteAsync(null, Hnte(id), "王五", "页面编辑");
        var dup = await Assert.ThrowsAsync<SeedbedValidationException>(() => save.ExecuteAsync(null, Hnte(id), "王五", "页面编辑"));
        Assert.Contains("已登记", dup.Issues.Single().Message, StringComparison.Ordinal);
        await using var db = t.NewContext();
        Assert.Equal(1, await db.Qualifications.CountAsync());
    }

    [Theory, Providers]
    public async Task Edit_And_Remove_AreRecordedInTheHistory(string provider)
    {
        await using var t = await TestDatabase.CreateAsync(provider);
        var id = await EnterpriseAsync(t, "手工登记", "祥符");
        var save = t.Get<SaveCertification>();
        var certId = (await save.ExecuteAsync(null, Hnte(id), "王五", "页面编辑"))!.Value;
        Assert.Equal(certId, await save.ExecuteAsync(certId, Hnte(id, expires: new DateOnly(2022, 11, 30)), "赵六", "接口"));
        Assert.True(await t.Get<RemoveCertification>().ExecuteAsync(certId, "赵六", "接口"));
        Assert.False(await t.Get<RemoveCertification>().ExecuteAsync(certId, "赵六", "接口"));
        var history = (await t.Get<GetEnterpriseHistory>().ExecuteAsync(id, 1, 20))!.Items;
        Assert.Contains(history, h => h is { Field: "资质[GR201933000123].ExpiresOn", OldValue: "2022-12-01", NewValue: "2022-11-30" });
        Assert.Contains(history, h => h is { Field: "资质", NewValue: "删除" });
    }

    [Theory, Providers]
    public async Task OutsideTheScope_TheEnterpriseIsNotFound(string provider)
    {
        await using var t = await TestDatabase.CreateAsync(provider);
        var park = await EnterpriseAsync(t, "园区企业", "园区");
        await using (var db = t.NewContext())
        {
            var xiangfu = await db.Jurisdictions.Where(j => j.Name == "祥符").Select(j => j.Id).SingleAsync();
            t.Get<AccessScopeProvider>().Current = () => AccessScope.Jurisdiction(xiangfu);
        }
        Assert.Null(await t.Get<SaveCertification>().ExecuteAsync(null, Hnte(park), "王五", "页面编辑"));
    }
}
