using Seedbed.Rules.Registry;

namespace Seedbed.Core.Intake;

/// <summary>Turns one raw record into its dossier record, collecting every problem of the record (single-record rules).</summary>
internal static class RecordParser
{
    public static void Parse(RawRecord r)
    {
        var f = new FieldReader(r);
        object? parsed = r.Kind switch
        {
            RecordKind.Enterprise => Enterprise(f, r),
            RecordKind.Year => Year(f, r),
            RecordKind.Ip => Ip(f),
            RecordKind.Qualification => Qualification(f, r),
            RecordKind.Incident => Incident(f),
            RecordKind.Standard => Standard(f),
            RecordKind.Award => Award(f),
            RecordKind.RdInstitution => RdInstitution(f),
            _ => throw new ArgumentOutOfRangeException(nameof(r), r.Kind, null),
        };
        if (r.Kind != RecordKind.Enterprise && !r.UsccFromParent) f.Uscc();
        r.Parsed = parsed;
    }

    private static DossierEnterprise Enterprise(FieldReader f, RawRecord r)
    {
        var techAdvancement = f.Choice("techAdvancement", Vocabularies.Grade);
        var coreSupport = f.Choice("coreSupport", Vocabularies.Grade);
        var rd = new DossierRdManagement(f.Integer("rdSystem", 0, 6), f.Integer("rdInstitution", 0, 6),
            f.Integer("rdConversionIncentive", 0, 4), f.Integer("rdTalent", 0, 4));
        var rdGiven = rd is not { System: null, Institution: null, ConversionIncentive: null, Talent: null };
        return new DossierEnterprise
        {
            Uscc = f.Uscc() ?? "",
            Name = f.Text("name", true) ?? "",
            RegisteredOn = f.Date("registeredOn"),
            Jurisdiction = f.Text("jurisdiction", true) ?? "",
            HightechField = r.Values.ContainsKey("hightechField") ? f.HightechField("hightechField") : null,
            IndustryCode = f.Text("industryCode"),
            ContactName = f.Text("contactName"),
            ContactPhone = f.Text("contactPhone"),
            ContactEmail = f.Text("contactEmail"),
            Address = f.Text("address"),
            SelfAssessment = techAdvancement is null && coreSupport is null && !rdGiven ? null : new DossierSelfAssessment
            {
                TechAdvancement = techAdvancement, CoreSupport = coreSupport, RdManagement = rdGiven ? rd : null,
            },
        };
    }

    private static DossierYear? Year(FieldReader f, RawRecord r)
    {
        var y = new DossierYear
        {
            Year = f.Year("year", true) ?? 0,
            SalesRevenue = f.Money("salesRevenue"), TotalIncome = f.Money("totalIncome"), HightechIncome = f.Money("hightechIncome"),
            RdExpense = f.Money("rdExpense"), RdExpenseDomestic = f.Money("rdExpenseDomestic"),
            TotalCostAndExpense = f.Money("totalCostAndExpense"), NetAssets = f.Money("netAssets", allowNegative: true),
            TotalAssets = f.Money("totalAssets"), Employees = f.Count("employees"), TechStaff = f.Count("techStaff"),
            IncomeTax = f.Money("incomeTax"), Conversions = f.Count("conversions"),
        };
        if (y.TechStaff > y.Employees)
            r.Fail("techStaff", $"科技人员数（{y.TechStaff}）不能大于职工总数（{y.Employees}）");
        if (y.RdExpenseDomestic > y.RdExpense)
            r.Fail("rdExpenseDomestic", $"境内研究开发费用（{FieldReader.Show(y.RdExpenseDomestic)}）不能大于研究开发费用总额（{FieldReader.Show(y.RdExpense)}）");
        return y;
    }

    private static DossierIp? Ip(FieldReader f)
    {
        var kind = f.IpKind("kind", true);
        var number = f.Text("number", true);
        var title = f.Text("title");
        var status = f.Choice("status", Vocabularies.IpStatus, true);
        var grantedOn = f.Date("grantedOn");
        var acquisition = f.Choice("acquisition", Vocabularies.IpAcquisition, true);
        var used = f.Year("usedInHnteYear");
        var disputed = f.Bool("disputed");
        return kind is null || number is null || status is null || acquisition is null ? null : new DossierIp
        {
            Kind = kind, Number = number, Title = title, Status = status, GrantedOn = grantedOn,
            Acquisition = acquisition, UsedInHnteYear = used, Disputed = disputed,
        };
    }

    private static DossierIncident? Incident(FieldReader f)
    {
        var date = f.Date("date", true);
        var kind = f.Choice("kind", Vocabularies.IncidentKind, true);
        return date is null || kind is null ? null : new DossierIncident(date.Value, kind);
    }

    private static DossierStandard? Standard(FieldReader f)
    {
        var level = f.Choice("level", Vocabularies.StandardLevel, true);
        var role = f.Choice("role", Vocabularies.StandardRole, true);
        var year = f.Year("year", true);
        return level is null || role is null || year is null ? null : new DossierStandard(level, role, year.Value);
    }

    private static DossierAward? Award(FieldReader f)
    {
        var level = f.Choice("level", Vocabularies.AwardLevel, true);
        var rank = f.Integer("rank", 1, 1000, true, "应为正整数");
        var year = f.Year("year", true);
        return level is null || rank is null || year is null ? null : new DossierAward(level, rank.Value, year.Value);
    }

    private static DossierRdInstitution? RdInstitution(FieldReader f)
    {
        var level = f.Choice("level", Vocabularies.InstitutionLevel, true);
        var name = f.Text("name", true);
        var on = f.Date("recognizedOn", true);
        return level is null || name is null || on is null ? null : new DossierRdInstitution(level, name, on.Value);
    }

    private static DossierQualification? Qualification(FieldReader f, RawRecord r)
    {
        var kind = f.Choice("kind", Vocabularies.QualificationKind, true);
        var number = f.Text("number", true);
        var issued = f.Date("issuedOn", true);
        var expires = f.Date("expiresOn");
        if (expires < issued)
            r.Fail("expiresOn", $"有效期至（{FieldReader.Show(expires)}）早于发证日期（{FieldReader.Show(issued)}）");
        return kind is null || number is null || issued is null ? null : new DossierQualification(kind, number, issued.Value, expires);
    }
}
