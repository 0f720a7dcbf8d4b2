using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Seedbed.Core.Audit;
using Seedbed.Core.Data;

namespace Seedbed.Core.Accounts;

public sealed record DemoAccount(string UserName, string Role, string RoleName, string Description, string Password);

/// <summary>
/// Demo mode only: one clearly labelled account per role, with random passwords generated on first start and shown on
/// the login page (kept in the settings table, because the login page must show them). Outside demo mode the demo
/// accounts are disabled and their passwords are removed, so they can never be used on a real installation.
/// </summary>
[UseCase]
public sealed class DemoAccounts(IServiceScopeFactory scopes, ManageUsers manage)
{
    public const string SettingKey = "demo.accounts";
    private const int ServiceOfficerEnterprises = 12;

    private static readonly (string User, string Role)[] Plan =
    [
        ("demo-admin", Roles.BureauAdmin), ("demo-staff", Roles.BureauStaff), ("demo-officer", Roles.JurisdictionOfficer),
        ("demo-service", Roles.ServiceOfficer), ("demo-finance", Roles.FinanceReviewer), ("demo-reviewer", Roles.Reviewer),
        ("demo-enterprise", Roles.Enterprise),
    ];

    /// <summary>Creates the missing demo accounts (one per role) and returns all of them with their passwords.</summary>
    public async Task<IReadOnlyList<DemoAccount>> EnsureAsync(CancellationToken ct = default)
    {
        var known = (await ReadAsync(ct)).ToDictionary(a => a.UserName, StringComparer.Ordinal);
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SeedbedDb>();
        // the officer's jurisdiction: the one with most enterprises; the enterprise user and the service officer work there
        var busiest = await db.Enterprises.IgnoreQueryFilters().GroupBy(e => e.JurisdictionId)
            .Select(g => new { g.Key, Count = g.Count() }).OrderByDescending(g => g.Count).ThenBy(g => g.Key).FirstOrDefaultAsync(ct);
        if (busiest is null) return [];
        var jurisdiction = await db.Jurisdictions.SingleAsync(j => j.Id == busiest.Key, ct);
        var firms = await db.Enterprises.IgnoreQueryFilters().Where(e => e.JurisdictionId == busiest.Key).OrderBy(e => e.Id)
            .Take(ServiceOfficerEnterprises + 1).Select(e => new { e.Id, e.Uscc, e.Name }).ToListAsync(ct);
        var result = new List<DemoAccount>();
        foreach (var (user, role) in Plan)
        {
            var description = role switch
            {
                Roles.JurisdictionOfficer => $"属地：{jurisdiction.Name}",
                Roles.Enterprise => $"企业：{firms[0].Name}",
                Roles.ServiceOfficer => $"负责 {jurisdiction.Name} {Math.Min(ServiceOfficerEnterprises, firms.Count - 1)} 家企业",
                _ => "",
            };
            var existing = await db.Users.SingleOrDefaultAsync(u => u.UserName == user, ct);
            string password;
            if (existing is not null && known.TryGetValue(user, out var k) && !existing.Disabled)
                password = k.Password;
            else if (existing is not null)
                password = await ReenableAsync(user, ct);
            else
            {
                password = PasswordPolicy.Generate();
                await manage.AddAsync(user, role, "演示-" + Roles.NameOf(role), jurisdiction.Name, firms[0].Uscc, AuditActor.System, isDemo: true, password: password, ct: ct);
                if (role == Roles.ServiceOfficer)
                {
                    var officer = await db.Users.SingleAsync(u => u.UserName == user, ct);
                    db.ServiceAssignments.AddRange(firms.Skip(1).Select(f => new ServiceAssignment { OfficerId = officer.Id, EnterpriseId = f.Id, AssignedAt = DateTime.UtcNow }));
                }
            }
            result.Add(new DemoAccount(user, role, Roles.NameOf(role), description, password));
        }
        await SaveAsync(db, result, ct);
        return result;
    }

    /// <summary>The demo accounts to show on the login page (demo mode only).</summary>
    public async Task<IReadOnlyList<DemoAccount>> ReadAsync(CancellationToken ct = default)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SeedbedDb>();
        var json = (await db.Settings.AsNoTracking().SingleOrDefaultAsync(s => s.Key == SettingKey, ct))?.Value;
        return json is null ? [] : JsonSerializer.Deserialize<List<DemoAccount>>(json) ?? [];
    }

    /// <summary>Not in demo mode: disable every demo account and forget the passwords.</summary>
    public async Task DisableAllAsync(CancellationToken ct = default)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SeedbedDb>();
        var names = await db.Users.Where(u => u.IsDemo && !u.Disabled).Select(u => u.UserName!).ToListAsync(ct);
        foreach (var n in names) await manage.DisableAsync(n, AuditActor.System, ct);
        var setting = await db.Settings.SingleOrDefaultAsync(s => s.Key == SettingKey, ct);
        if (setting is not null) db.Settings.Remove(setting);
        await db.SaveChangesAsync(ct);
    }

    private async Task<string> ReenableAsync(string user, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SeedbedDb>();
        var u = await db.Users.SingleAsync(x => x.UserName == user, ct);
        u.Disabled = false;
        await db.SaveChangesAsync(ct);
        var password = await manage.ResetPasswordAsync(user, AuditActor.System, ct);
        u = await db.Users.SingleAsync(x => x.UserName == user, ct);
        await db.Entry(u).ReloadAsync(ct);
        u.MustChangePassword = false;   // demo accounts skip the forced change, to try the roles quickly
        await db.SaveChangesAsync(ct);
        return password;
    }

    private static async Task SaveAsync(SeedbedDb db, IReadOnlyList<DemoAccount> accounts, CancellationToken ct)
    {
        var json = JsonSerializer.Serialize(accounts);
        var setting = await db.Settings.SingleOrDefaultAsync(s => s.Key == SettingKey, ct);
        if (setting is null) db.Settings.Add(new AppSetting { Key = SettingKey, Value = json });
        else setting.Value = json;
        await db.SaveChangesAsync(ct);
    }
}
