using Microsoft.EntityFrameworkCore;
using Seedbed.Core.Demo;
using Seedbed.Core.Pipeline;
using Seedbed.Core.Tests.Support;
using Seedbed.Rules.Pools;

namespace Seedbed.Core.Tests.Pipeline;

/// <summary>The demo district gives a new user a meaningful pool: intentions are generated, and assess + propose fill every tier.</summary>
public class DemoPoolTests
{
    [Fact]
    public async Task DemoDistrict_AssessThenPropose_ProposesEveryTier_IncludingTheIncomeTaxRoute()
    {
        await using var t = await TestDatabase.CreateAsync("sqlite");
        Assert.True(await t.Get<LoadDemoDistrict>().ExecuteAsync());
        await using (var db = t.NewContext()) Assert.InRange(await db.PoolIntentions.CountAsync(), 200, 3000);
        var r = await t.Get<ProposePoolMoves>().ExecuteAsync(new DateOnly(2021, 6, 30), assessFirst: true);
        Assert.Equal(r.Enterprises, r.Assessment!.Total);
        Assert.Equal(0, r.WithoutEvaluation);
        var to = r.Proposals.GroupBy(p => p.ToTier).ToDictionary(g => g.Key, g => g.Count());
        Assert.True(to.GetValueOrDefault(PoolTier.Certified) > 100, "certified");
        Assert.True(to.GetValueOrDefault(PoolTier.Application) > 5, "application");
        Assert.True(to.GetValueOrDefault(PoolTier.Reserve) > 100, "reserve");
        Assert.Contains(r.Proposals, p => p.ToTier == PoolTier.Reserve && p.Reasons.Contains("✓ 2020 年企业所得税", StringComparison.Ordinal));
    }
}
