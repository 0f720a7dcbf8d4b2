using Microsoft.EntityFrameworkCore;
using Seedbed.Core.Accounts;
using Seedbed.Core.Common;
using Seedbed.Core.Enterprises;
using Seedbed.Core.Sunrise;
using Seedbed.Core.Tests.Support;
using Seedbed.Rules.Sunrise;
using static Seedbed.Core.Tests.Sunrise.SunriseTestData;

namespace Seedbed.Core.Tests.Sunrise;

/// <summary>Quarterly returns (scoped entry, validation, one per quarter) and the alert list on both databases.</summary>
public class SunriseMonitoringTests
{
    private static readonly DateOnly Today = new(2021, 5, 20);

    [Theory, Providers]
    public async Task Returns_AreValidated_Scoped_AndAlertsRaised(string provider)
    {
        await using var t = await TestDatabase.CreateAsync(provider);
        var ids = await EnterprisesAsync(t, 3);
        await using (var db = t.NewContext())
        {
            db.Qualifications.Add(new Qualification { EnterpriseId = ids[0], Kind = "sunrise", Number = "XR2019-001", IssuedOn = new(2019, 6, 30), ExpiresOn = new(2022, 6, 29) });
            db.Qualifications.Add(new Qualification { EnterpriseId = ids[1], Kind = "sunrise", Number = "XR2019-002", IssuedOn = new(2019, 6, 30), ExpiresOn = new(2022, 6, 29) });
            await db.SaveChangesAsync();
        }
        var returns = t.Get<SunriseReturns>();
        As(t, "firm1", Roles.Enterprise, AccessScope.Enterprises([ids[0]]));
        await returns.SubmitAsync(ids[0], new QuarterFigures(2020, 1, 1_000_000m, 200_000m, 30, 5, 0m), Today);
        await returns.SubmitAsync(ids[0], new QuarterFigures(2021, 1, 600_000m, 190_000m, 28, 6, 0m), Today);
        var dup = await Assert.ThrowsAsync<SeedbedValidationException>(() => returns.SubmitAsync(ids[0], new QuarterFigures(2021, 1, 1m, 1m, 1, 1, 0m), Today));
        Assert.Equal("季度：2021年第1季度已填报，不能重复填报", dup.Issues[0].Message);
        var bad = await Assert.ThrowsAsync<SeedbedValidationException>(() => returns.SubmitAsync(ids[0], new QuarterFigures(2021, 2, -5m, 1m, 1, 1, 0m), Today));
        Assert.Contains(bad.Issues, i => i.Message == "季度：2021年第2季度尚未结束，不能填报");
        Assert.Contains(bad.Issues, i => i.Message == "营业收入：不能为负数");
        // another enterprise's return: not found for this user
        await Assert.ThrowsAsync<SeedbedValidationException>(() => returns.SubmitAsync(ids[1], new QuarterFigures(2021, 1, 1m, 1m, 1, 1, 0m), Today));
        Assert.Equal(2, (await returns.ListAsync()).Count);

        AsBureau(t);
        var notSunrise = await Assert.ThrowsAsync<SeedbedValidationException>(() => returns.SubmitAsync(ids[2], new QuarterFigures(2021, 1, 1m, 1m, 1, 1, 0m), Today));
        Assert.EndsWith("不是旭日计划企业，无需填报监测数据", notSunrise.Issues[0].Message, StringComparison.Ordinal);
        var alerts = await t.Get<SunriseAlerts>().ExecuteAsync(Today);
        Assert.Contains(alerts, a => a.EnterpriseId == ids[0] && a.Kind == MonitoringRules.Declining && a.Message.StartsWith("营业收入同比下降40", StringComparison.Ordinal));
        Assert.Contains(alerts, a => a.EnterpriseId == ids[1] && a.Kind == MonitoringRules.NotReporting);
        Assert.DoesNotContain(alerts, a => a.EnterpriseId == ids[0] && a.Kind == MonitoringRules.NotReporting);
        Assert.DoesNotContain(alerts, a => a.EnterpriseId == ids[2]);
        await using var check = t.NewContext();
        Assert.Equal(2, await check.AuditRecords.CountAsync(r => r.Detail!.StartsWith("旭日计划监测数据")));
    }
}
