using Microsoft.EntityFrameworkCore;
using Seedbed.Core.Enterprises;
using Seedbed.Core.Tests.Support;
using Seedbed.Rules.Registry;

namespace Seedbed.Core.Tests.Certifications;

/// <summary>The registry that the sample list (Fixtures/certifications-hnte-list.xlsx) is matched against.</summary>
internal static class CertificationTestData
{
    public const string Fixture = "Fixtures/certifications-hnte-list.xlsx";
    public const string JiaUscc = "91330105MA2CKB001M";

    public static string FixturePath => Path.Combine(AppContext.BaseDirectory, Fixture);

    /// <summary>甲 (by USCC), 乙 (full-width parentheses in the registry), 丁 twice (ambiguous), 戊 (GR202333001006 already recorded).</summary>
    public static async Task<Dictionary<string, int>> SeedListRegistryAsync(TestDatabase t)
    {
        await using var db = t.NewContext();
        var j = await db.Jurisdictions.ToDictionaryAsync(x => x.Name, x => x.Id);
        var e = new Dictionary<string, Enterprise>
        {
            ["甲"] = new() { Uscc = JiaUscc, Name = "杭州甲数智科技有限公司（原名）", JurisdictionId = j["祥符"] },
            ["乙"] = new() { Uscc = Uscc.Complete("91330105CRT000002"), Name = "杭州乙（拱墅）信息技术有限公司", JurisdictionId = j["祥符"] },
            ["丁1"] = new() { Uscc = Uscc.Complete("91330105CRT000003"), Name = "杭州丁重名科技有限公司", JurisdictionId = j["祥符"] },
            ["丁2"] = new() { Uscc = Uscc.Complete("91330105CRT000004"), Name = "杭州丁重名科技有限公司", JurisdictionId = j["园区"] },
            ["戊"] = new() { Uscc = Uscc.Complete("91330105CRT000005"), Name = "杭州戊已登记科技有限公司", JurisdictionId = j["园区"] },
            ["己"] = new() { Uscc = Uscc.Complete("91330105CRT000006"), Name = "杭州己无效科技有限公司", JurisdictionId = j["园区"] },
        };
        e["戊"].Qualifications.Add(new Qualification { Kind = "hnte", Number = "GR202333001006", IssuedOn = new(2023, 12, 8), ExpiresOn = new(2026, 12, 7) });
        db.Enterprises.AddRange(e.Values);
        await db.SaveChangesAsync();
        return e.ToDictionary(x => x.Key, x => x.Value.Id);
    }

    public static async Task<int> EnterpriseAsync(TestDatabase t, string name, string jurisdiction, params Qualification[] quals)
    {
        await using var db = t.NewContext();
        var jid = await db.Jurisdictions.Where(x => x.Name == jurisdiction).Select(x => x.Id).SingleAsync();
        var n = await db.Enterprises.CountAsync() + 1;
        var e = new Enterprise { Uscc = Uscc.Complete("91330105DUE" + n.ToString("D6", System.Globalization.CultureInfo.InvariantCulture)), Name = name, JurisdictionId = jid };
        foreach (var q in quals) e.Qualifications.Add(q);
        db.Enterprises.Add(e);
        await db.SaveChangesAsync();
        return e.Id;
    }

    public static Qualification Q(string kind, string number, DateOnly issued, DateOnly? expires) =>
        new() { Kind = kind, Number = number, IssuedOn = issued, ExpiresOn = expires };
}
