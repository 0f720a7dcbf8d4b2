using Microsoft.EntityFrameworkCore;
using Seedbed.Core.Common;
using Seedbed.Core.Enterprises;
using Seedbed.Core.Tests.Support;
using Seedbed.Rules.Registry;

namespace Seedbed.Core.Tests.Enterprises;

public class SaveEnterpriseTests
{
    internal static EnterpriseInput Input(string seq = "00000001") => new()
    {
        Uscc = Uscc.Complete("91330105" + seq + "0"), Name = "保存测试" + seq, Jurisdiction = "祥符",
        HightechField = "101", RegisteredOn = new DateOnly(2016, 5, 4), ContactEmail = "a@b.cn",
    };

    [Theory, Providers]
    public async Task Create_WritesTheProfile_AndHistoryNamesActorAndSource(string provider)
    {
        await using var t = await TestDatabase.CreateAsync(provider);
        var id = await t.Get<SaveEnterprise>().ExecuteAsync(null, Input(), "王五", "页面编辑");
        Assert.NotNull(id);
        await using var db = t.NewContext();
        var e = await db.Enterprises.Include(x => x.Jurisdiction).SingleAsync(x => x.Id == id);
        Assert.Equal(("保存测试00000001", "祥符", "101", "a@b.cn"), (e.Name, e.Jurisdiction!.Name, e.HightechField, e.ContactEmail));
        var h = await db.ChangeRecords.SingleAsync(c => c.EnterpriseId == id);
        Assert.Equal(("王五", "页面编辑", "企业"), (h.Actor, h.Source, h.Field));
    }

    [Theory, Providers]
    public async Task Update_ChangesFields_AndRecordsOldAndNew(string provider)
    {
        await using var t = await TestDatabase.CreateAsync(provider);
        var save = t.Get<SaveEnterprise>();
        var id = await save.ExecuteAsync(null, Input(), "王五", "页面编辑");
        var changed = Input();
        changed.Name = "改名后";
        changed.Jurisdiction = "园区";
        changed.ContactEmail = null;
        Assert.Equal(id, await save.ExecuteAsync(id, changed, "赵六", "接口"));
        await using var db = t.NewContext();
        var h = await db.ChangeRecords.Where(c => c.EnterpriseId == id && c.Actor == "赵六").ToListAsync();
        Assert.Contains(h, c => c is { Field: "企业名称", OldValue: "保存测试00000001", NewValue: "改名后", Source: "接口" });
        Assert.Contains(h, c => c is { Field: "属地", OldValue: "祥符", NewValue: "园区" });
        Assert.Contains(h, c => c is { Field: "电子邮箱", OldValue: "a@b.cn", NewValue: null });
        Assert.Equal(3, h.Count);
    }

    [Theory, Providers]
    public async Task Update_OfMissingEnterprise_ReturnsNull(string provider)
    {
        await using var t = await TestDatabase.CreateAsync(provider);
        Assert.Null(await t.Get<SaveEnterprise>().ExecuteAsync(4242, Input(), "王五", "接口"));
    }

    [Theory, Providers]
    public async Task WrongCheckCharacter_IsRejectedNamingTheCharacter(string provider)
    {
        await using var t = await TestDatabase.CreateAsync(provider);
        var input = Input();
        var good = input.Uscc!;
        var wrong = good[^1] == '0' ? '1' : '0';
        input.Uscc = good[..17] + wrong;
        var ex = await Assert.ThrowsAsync<SeedbedValidationException>(() => t.Get<SaveEnterprise>().ExecuteAsync(null, input, "a", "b"));
        var issue = Assert.Single(ex.Issues);
        Assert.Equal("uscc", issue.Location);
        Assert.Contains($"应为“{good[^1]}”", issue.Message, StringComparison.Ordinal);
        await using var db = t.NewContext();
        Assert.Equal(0, await db.Enterprises.CountAsync());
    }

    [Theory, Providers]
    public async Task AllFieldProblems_AreReportedTogether(string provider)
    {
        await using var t = await TestDatabase.CreateAsync(provider);
        var input = new EnterpriseInput { Uscc = "91330105MA2X0000I1", Name = " ", Jurisdiction = "不存在街道", HightechField = "999", ContactEmail = "x" };
        var ex = await Assert.ThrowsAsync<SeedbedValidationException>(() => t.Get<SaveEnterprise>().ExecuteAsync(null, input, "a", "b"));
        var byField = ex.Issues.ToDictionary(i => i.Location, i => i.Message);
        Assert.Equal(["contactEmail", "hightechField", "jurisdiction", "name", "uscc"], byField.Keys.Order(StringComparer.Ordinal));
        Assert.Contains("第17位字符“I”", byField["uscc"], StringComparison.Ordinal);
        Assert.Equal("请输入企业名称", byField["name"]);
        Assert.Contains("属地“不存在街道”不存在", byField["jurisdiction"], StringComparison.Ordinal);
        Assert.Contains("999", byField["hightechField"], StringComparison.Ordinal);
    }

    [Theory, Providers]
    public async Task DuplicateUscc_IsRejectedNamingTheHolder(string provider)
    {
        await using var t = await TestDatabase.CreateAsync(provider);
        var save = t.Get<SaveEnterprise>();
        await save.ExecuteAsync(null, Input(), "a", "b");
        var second = Input();
        second.Name = "另一家";
        var ex = await Assert.ThrowsAsync<SeedbedValidationException>(() => save.ExecuteAsync(null, second, "a", "b"));
        Assert.Contains("已被企业“保存测试00000001”使用", Assert.Single(ex.Issues).Message, StringComparison.Ordinal);
    }
}
