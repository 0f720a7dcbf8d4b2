using Microsoft.EntityFrameworkCore;
using Seedbed.Core.Accounts;
using Seedbed.Core.Audit;
using Seedbed.Core.Enterprises;
using Seedbed.Core.Sunrise;
using Seedbed.Core.Tests.Support;
using Seedbed.Rules.Registry;

namespace Seedbed.Core.Tests.Sunrise;

/// <summary>Enterprises, reviewer accounts, an open call and complete applications for the Sunrise tests.</summary>
internal static class SunriseTestData
{
    public static async Task<List<int>> EnterprisesAsync(TestDatabase t, int n)
    {
        await using var db = t.NewContext();
        var j = await db.Jurisdictions.Select(x => x.Id).FirstAsync();
        var list = new List<Enterprise>();
        for (var i = 1; i <= n; i++)
        {
            var e = new Enterprise { Uscc = Uscc.Complete($"91330105XRX{i:000000}"), Name = $"旭日测试企业{i}", JurisdictionId = j };
            e.Years.Add(new FiscalYear { Year = 2017, SalesRevenue = 1_000_000m, RdExpense = 50_000m, Employees = 20 });
            e.Years.Add(new FiscalYear { Year = 2018, SalesRevenue = 1_300_000m + i, RdExpense = 80_000m, Employees = 25 });
            e.IpItems.Add(new IpItem { Kind = "invention", Number = $"ZL2018{i:0000}", Status = "granted", Acquisition = "own" });
            list.Add(e);
        }
        db.Enterprises.AddRange(list);
        await db.SaveChangesAsync();
        return list.Select(e => e.Id).ToList();
    }

    public static async Task ReviewersAsync(TestDatabase t, params string[] names)
    {
        await using var db = t.NewContext();
        foreach (var n in names)
            db.Users.Add(new SeedbedUser { UserName = n, NormalizedUserName = n.ToUpperInvariant(), DisplayName = "专家" + n, Role = Roles.Reviewer, CreatedAt = DateTime.UtcNow });
        await db.SaveChangesAsync();
    }

    /// <summary>Acts as <paramref name="user"/> with <paramref name="role"/> and scope from now on (like a signed-in session).</summary>
    public static void As(TestDatabase t, string user, string role, AccessScope scope)
    {
        t.Get<AuditActorProvider>().Current = () => new AuditActor(user, role);
        t.Get<AccessScopeProvider>().Current = () => scope;
    }

    public static void AsBureau(TestDatabase t) => As(t, "staff", Roles.BureauStaff, AccessScope.Everything);

    public static void AsReviewer(TestDatabase t, string name) => As(t, name, Roles.Reviewer, AccessScope.Nothing);

    public static readonly ApplicationInput Complete = new(2018, 1_300_000m, 30m, 80_000m, 25, 3, 2_000_000m, "专注工业互联网数据采集与分析的科技型企业，产品已服务一百余家制造企业。");

    /// <summary>An open call (quota <paramref name="quota"/>) with a complete application per enterprise; returns the call and application ids.</summary>
    public static async Task<(int Call, List<int> Apps)> OpenCallAsync(TestDatabase t, IEnumerable<int> enterprises, int quota = 35)
    {
        AsBureau(t);
        var call = await t.Get<CreateSunriseCall>().ExecuteAsync(new NewCallInput(2019, "2019年度旭日计划", new(2019, 3, 1), new(2019, 4, 30), quota, "sunrise-scorecard-2019"));
        await t.Get<ChangeCallStatus>().ExecuteAsync(call, CallStatus.Open);
        var apps = new List<int>();
        foreach (var e in enterprises)
        {
            var a = await t.Get<ApplySunrise>().ExecuteAsync(call, e);
            await t.Get<UpdateSunriseApplication>().ExecuteAsync(a.Id, Complete);
            apps.Add(a.Id);
        }
        return (call, apps);
    }

    public static Dictionary<string, decimal> Uniform(decimal points) =>
        new() { ["growth"] = points, ["innovation"] = points, ["market"] = points, ["team"] = points, ["financing"] = points };
}
