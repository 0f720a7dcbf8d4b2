using System.Globalization;
using Seedbed.Rules.Registry;

namespace Seedbed.Core.Intake;

/// <summary>The cells of the workbook rows of one enterprise, by column code: enumerations as Chinese labels,
/// dates as YYYY-MM-DD text, money as numbers, 技术领域 "无" for none.</summary>
internal static class WorkbookCells
{
    private static string? D(DateOnly? d) => d?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
    private static string? Yes(bool? b) => b switch { true => "是", false => "否", null => null };

    public static IEnumerable<IReadOnlyDictionary<string, object?>> Rows(RecordKind kind, DossierEnterprise e) => kind switch
    {
        RecordKind.Enterprise => [Head(e)],
        RecordKind.Year => e.Years.Select(y => Row(e, new()
        {
            ["year"] = y.Year, ["salesRevenue"] = y.SalesRevenue, ["totalIncome"] = y.TotalIncome, ["hightechIncome"] = y.HightechIncome,
            ["rdExpense"] = y.RdExpense, ["rdExpenseDomestic"] = y.RdExpenseDomestic, ["totalCostAndExpense"] = y.TotalCostAndExpense,
            ["netAssets"] = y.NetAssets, ["totalAssets"] = y.TotalAssets, ["employees"] = y.Employees, ["techStaff"] = y.TechStaff,
            ["incomeTax"] = y.IncomeTax, ["conversions"] = y.Conversions,
        })),
        RecordKind.Ip => e.Ip.Select(i => Row(e, new()
        {
            ["kind"] = IpKinds.NameOf(i.Kind), ["number"] = i.Number, ["title"] = i.Title,
            ["status"] = Vocabularies.IpStatus.LabelOf(i.Status), ["grantedOn"] = D(i.GrantedOn),
            ["acquisition"] = Vocabularies.IpAcquisition.LabelOf(i.Acquisition), ["usedInHnteYear"] = i.UsedInHnteYear, ["disputed"] = Yes(i.Disputed),
        })),
        RecordKind.Qualification => e.Qualifications.Select(q => Row(e, new()
        {
            ["kind"] = Vocabularies.QualificationKind.LabelOf(q.Kind), ["number"] = q.Number, ["issuedOn"] = D(q.IssuedOn), ["expiresOn"] = D(q.ExpiresOn),
        })),
        RecordKind.Incident => e.Incidents.Select(i => Row(e, new() { ["date"] = D(i.Date), ["kind"] = Vocabularies.IncidentKind.LabelOf(i.Kind) })),
        RecordKind.Standard => e.Standards.Select(s => Row(e, new()
        {
            ["level"] = Vocabularies.StandardLevel.LabelOf(s.Level), ["role"] = Vocabularies.StandardRole.LabelOf(s.Role), ["year"] = s.Year,
        })),
        RecordKind.Award => e.Awards.Select(a => Row(e, new()
        {
            ["level"] = Vocabularies.AwardLevel.LabelOf(a.Level), ["rank"] = a.Rank, ["year"] = a.Year,
        })),
        RecordKind.RdInstitution => e.RdInstitutions.Select(r => Row(e, new()
        {
            ["level"] = Vocabularies.InstitutionLevel.LabelOf(r.Level), ["name"] = r.Name, ["recognizedOn"] = D(r.RecognizedOn),
        })),
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    private static Dictionary<string, object?> Row(DossierEnterprise e, Dictionary<string, object?> cells)
    {
        cells["uscc"] = e.Uscc;
        return cells;
    }

    private static Dictionary<string, object?> Head(DossierEnterprise e)
    {
        var sa = e.SelfAssessment;
        return new()
        {
            ["uscc"] = e.Uscc, ["name"] = e.Name, ["registeredOn"] = D(e.RegisteredOn), ["jurisdiction"] = e.Jurisdiction,
            ["hightechField"] = e.HightechField == HightechFields.None ? "无" : e.HightechField,
            ["industryCode"] = e.IndustryCode, ["contactName"] = e.ContactName, ["contactPhone"] = e.ContactPhone,
            ["contactEmail"] = e.ContactEmail, ["address"] = e.Address,
            ["techAdvancement"] = sa?.TechAdvancement, ["coreSupport"] = sa?.CoreSupport,
            ["rdSystem"] = sa?.RdManagement?.System, ["rdInstitution"] = sa?.RdManagement?.Institution,
            ["rdConversionIncentive"] = sa?.RdManagement?.ConversionIncentive, ["rdTalent"] = sa?.RdManagement?.Talent,
        };
    }

    /// <summary>A raw record's values as cells (for the rejected-rows workbook): JSON booleans as 是/否, the rest as read.</summary>
    public static IReadOnlyDictionary<string, object?> FromRaw(RawRecord r, string reason)
    {
        var cells = r.Values.ToDictionary(kv => kv.Key, kv => kv.Value is bool b ? Yes(b) : kv.Value, StringComparer.Ordinal);
        if (r.Kind == RecordKind.Enterprise && cells.GetValueOrDefault("hightechField") is HightechFields.None) cells["hightechField"] = "无";
        cells[IntakeLayout.ErrorCode] = reason;
        return cells;
    }
}
