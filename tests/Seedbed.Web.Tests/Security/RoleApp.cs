using Microsoft.EntityFrameworkCore;
using Seedbed.Core.Accounts;
using Seedbed.Web.Tests.Support;

namespace Seedbed.Web.Tests.Security;

/// <summary>
/// <see cref="TestData"/> plus one account per role: the jurisdiction officer works in 祥符 (企业01–15), the enterprise
/// user is 企业03 (祥符), the service officer is assigned 企业16 (上塘) only; the default plan is loaded.
/// </summary>
public sealed class RoleApp : IAsyncLifetime
{
    public const string OfficerJurisdiction = "祥符";
    public SeedbedWebFactory Factory { get; } = new();
    public int Own { get; private set; }
    public int Assigned { get; private set; }
    /// <summary>The default plan, loaded for the plan endpoints.</summary>
    public int PlanId { get; private set; }
    private readonly Dictionary<string, HttpClient> _clients = new(StringComparer.Ordinal);

    public async Task InitializeAsync()
    {
        Factory.CreateClient().Dispose();   // start the host
        await TestData.SeedAsync(Factory.Db);
        Own = await TestData.IdOfAsync(Factory.Db, TestData.NumberedName(3));
        Assigned = await TestData.IdOfAsync(Factory.Db, TestData.NumberedName(16));
        foreach (var (code, _) in Roles.All)
            _clients[code] = await Factory.ClientAsAsync("user-" + code, code, OfficerJurisdiction, TestData.NumberedUscc(3));
        await using var db = await Factory.Db.CreateDbContextAsync();
        var officer = await db.Users.SingleAsync(u => u.UserName == "user-" + Roles.ServiceOfficer);
        db.ServiceAssignments.Add(new ServiceAssignment { OfficerId = officer.Id, EnterpriseId = Assigned, AssignedAt = DateTime.UtcNow });
        await db.SaveChangesAsync();
        PlanId = (await new Core.Plans.LoadDefaultPlan(Factory.Db).ExecuteAsync()).PlanId;
    }

    public Task<HttpClient> ClientForAsync(string role) => Task.FromResult(_clients[role]);

    /// <summary>An enterprise inside the role's own scope (for roles without enterprise access: any).</summary>
    public int OwnEnterpriseOf(string role) => role == Roles.ServiceOfficer ? Assigned : Own;

    /// <summary>The enterprise's current basic data as a PUT body (unchanged, so the write is harmless).</summary>
    public async Task<object> BodyOfAsync(int id)
    {
        await using var db = await Factory.Db.CreateDbContextAsync();
        var e = await db.Enterprises.Include(x => x.Jurisdiction).SingleAsync(x => x.Id == id);
        return new { uscc = e.Uscc, name = e.Name, jurisdiction = e.Jurisdiction!.Name, hightechField = e.HightechField, registeredOn = e.RegisteredOn?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) };
    }

    /// <summary>The default plan (<see cref="PlanId"/>) and its active scheme as an unchanged PUT body (so saving it is harmless).</summary>
    public async Task<(int Plan, (int Id, Seedbed.Core.Plans.SchemeInput Body) Scheme)> DefaultSchemeAsync()
    {
        var plan = PlanId;
        var s = (await new Seedbed.Core.Plans.ListSchemes(Factory.Db).ExecuteAsync(plan))[0];
        return (plan, (s.Id, new Seedbed.Core.Plans.SchemeInput(s.Name, s.PeriodKind, s.IsActive,
            [.. s.Items.Select(i => new Seedbed.Core.Plans.SchemeItemInput(i.IndicatorCode, i.Weight, i.Rule, i.Cap))])));
    }

    public Task DisposeAsync()
    {
        foreach (var c in _clients.Values) c.Dispose();
        Factory.Dispose();
        return Task.CompletedTask;
    }
}
