using Seedbed.Core.Audit;
using Seedbed.Core.Data;
using Seedbed.Core.Enterprises;
using Seedbed.Core.Tests.Support;
using Seedbed.Rules.Registry;

namespace Seedbed.Core.Tests.Audit;

/// <summary>
/// A small trail with known times (UTC, 2026-11-0d 02:00): 1 zhang creates 甲科技, 2 li updates it, 3 li creates 乙生物,
/// 4 admin exports a list, 5 wang fails to sign in, 6 zhang creates 丙材料, 7 zhang deletes 丙材料.
/// </summary>
internal sealed record AuditTestData(int Jia, int Yi, int Bing)
{
    public static readonly AuditActor Zhang = new("zhang", "bureau-staff", "10.0.0.1");
    public static readonly AuditActor Li = new("li", "jurisdiction-officer", "10.0.0.2");
    public static readonly AuditActor Admin = new("admin", "bureau-admin", "10.0.0.9");
    public static readonly AuditActor Wang = new("wang", "bureau-staff", "10.0.0.3");

    public static DateTime Day(int d) => new(2026, 11, d, 2, 0, 0, DateTimeKind.Utc);

    public static async Task<AuditTestData> SeedAsync(TestDatabase t)
    {
        await using var db = t.NewContext();
        var j = db.Jurisdictions.First().Id;
        var jia = new Enterprise { Uscc = Uscc.Complete("91330105JAA000001"), Name = "甲科技有限公司", JurisdictionId = j };
        await SaveAsync(db, Zhang, 1, () => db.Enterprises.Add(jia));
        await SaveAsync(db, Li, 2, () => jia.Name = "甲科技股份有限公司");
        var yi = new Enterprise { Uscc = Uscc.Complete("91330105YJB000002"), Name = "乙生物有限公司", JurisdictionId = j };
        await SaveAsync(db, Li, 3, () => db.Enterprises.Add(yi));
        await SaveAsync(db, Admin, 4, () => db.AuditQueue.Add(new AuditEntry(Admin, "export", "enterprise-list", Detail: "导出 2 家")));
        await SaveAsync(db, Wang, 5, () => db.AuditQueue.Add(new AuditEntry(Wang, "login-failure", "user:wang", "failure", "密码错误")));
        var bing = new Enterprise { Uscc = Uscc.Complete("91330105BNN000003"), Name = "丙材料有限公司", JurisdictionId = j };
        await SaveAsync(db, Zhang, 6, () => db.Enterprises.Add(bing));
        await SaveAsync(db, Zhang, 7, () => db.Enterprises.Remove(bing));
        return new AuditTestData(jia.Id, yi.Id, bing.Id);
    }

    private static async Task SaveAsync(SeedbedDb db, AuditActor who, int day, Action change)
    {
        db.Auditor = who;
        db.UtcNow = () => Day(day);
        change();
        await db.SaveChangesAsync();
    }
}
