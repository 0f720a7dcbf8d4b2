using System.Globalization;
using Seedbed.Core.Enterprises;
using Seedbed.Rules.Registry;

namespace Seedbed.Core.Demo;

/// <summary>One demo enterprise of a given archetype, with fiscal years, IP and (for HNTEs) its certificates.</summary>
internal static class DemoEnterprise
{
    public static Enterprise Create(Random r, int serial, Archetype kind, int certYear, string jurisdiction, int jurisdictionId, HashSet<string> names)
    {
        var tech = kind != Archetype.Plain || r.NextDouble() < 0.15;
        string name, industry; string? field;
        if (tech) (name, field, industry) = DemoNames.TechEnterprise(r, names);
        else { (name, industry) = DemoNames.PlainEnterprise(r, names); field = r.NextDouble() < 0.6 ? HightechFields.None : null; }

        var regYear = kind switch
        {
            Archetype.Hnte => Math.Min(certYear - 2, 2000 + r.Next(0, 14)),
            Archetype.Candidate or Archetype.NearThreshold => 2003 + r.Next(0, 15),
            _ => 1998 + r.Next(0, 23),
        };
        var e = new Enterprise
        {
            Uscc = DemoDistrict.DemoUscc(serial), Name = name, JurisdictionId = jurisdictionId,
            RegisteredOn = new DateOnly(regYear, 1 + r.Next(12), 1 + r.Next(28)),
            HightechField = field, IndustryCode = industry,
            ContactName = DemoNames.Person(r), ContactPhone = DemoNames.Phone(r),
            ContactEmail = $"contact{serial.ToString(CultureInfo.InvariantCulture)}@demo.seedbed.invalid",
            Address = DemoNames.Address(r, jurisdiction),
        };

        var profile = Profile(r, kind);
        var lastYear = kind is Archetype.Hnte or Archetype.Candidate || r.NextDouble() > 0.08 ? DemoDistrict.LastYear : DemoDistrict.LastYear - 1;
        e.Years = DemoFinancials.Years(r, profile, Math.Max(2014, regYear), lastYear, kind == Archetype.Hnte);
        if (kind == Archetype.NearThreshold) DemoThresholds.MakeNear(r, e);
        DemoIp.Add(r, e, kind, certYear);
        if (kind == Archetype.Hnte) DemoQualifications.AddHnte(r, e, certYear);
        if (kind is Archetype.Hnte or Archetype.Candidate && r.NextDouble() < 0.25)
        {
            e.TechAdvancementGrade = "ABBC"[r.Next(4)].ToString();
            e.CoreSupportGrade = "ABBC"[r.Next(4)].ToString();
            e.RdManagementSystem = 3 + r.Next(4);
            e.RdManagementInstitution = 3 + r.Next(4);
            e.RdManagementConversionIncentive = 2 + r.Next(3);
            e.RdManagementTalent = 2 + r.Next(3);
        }
        return e;
    }

    private static FinanceProfile Profile(Random r, Archetype kind) => kind switch
    {
        Archetype.Hnte => new(DemoFinancials.Revenue(r, 30e6, 1.0, 3e6, 1.5e9), 0.12, 0.055 + r.NextDouble() * 0.07,
            0.15 + r.NextDouble() * 0.3, 0.66 + r.NextDouble() * 0.28, 0.9 + r.NextDouble() * 0.1, 1.5 + r.NextDouble() * 4, 600_000),
        Archetype.Candidate => new(DemoFinancials.Revenue(r, 15e6, 0.8, 2e6, 3e8), 0.15, 0.058 + r.NextDouble() * 0.05,
            0.14 + r.NextDouble() * 0.2, 0.64 + r.NextDouble() * 0.25, 0.85 + r.NextDouble() * 0.15, 1 + r.NextDouble() * 3, 500_000),
        Archetype.NearThreshold => new(DemoFinancials.Revenue(r, 15e6, 0.5, 5e6, 4e7), 0.08, 0.058 + r.NextDouble() * 0.03,
            0.14 + r.NextDouble() * 0.1, 0.66 + r.NextDouble() * 0.2, 0.9 + r.NextDouble() * 0.1, 1 + r.NextDouble() * 2, 500_000),
        Archetype.TechSme => new(DemoFinancials.Revenue(r, 6e6, 1.0, 3e5, 2e8), 0.1, 0.01 + r.NextDouble() * 0.06,
            0.05 + r.NextDouble() * 0.3, 0.2 + r.NextDouble() * 0.6, 0.8 + r.NextDouble() * 0.2, r.NextDouble() * 2, 450_000),
        _ => new(DemoFinancials.Revenue(r, 8e6, 1.2, 3e5, 8e8), 0.05, r.NextDouble() * 0.01,
            r.NextDouble() * 0.08, r.NextDouble() * 0.2, 1, 0, 700_000),
    };
}
