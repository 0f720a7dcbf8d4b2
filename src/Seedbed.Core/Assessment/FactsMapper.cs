using Seedbed.Core.Intake;
using Seedbed.Rules.Assessment;

namespace Seedbed.Core.Assessment;

/// <summary>Dossier (from a file or from the registry via <see cref="DossierMapper"/>) → the pure facts the rules read.</summary>
public static class FactsMapper
{
    public static EnterpriseFacts ToFacts(DossierEnterprise d) => new()
    {
        Uscc = d.Uscc, Name = d.Name, RegisteredOn = d.RegisteredOn, HightechField = d.HightechField,
        Years = d.Years.Select(y => new YearFacts
        {
            Year = y.Year, SalesRevenue = y.SalesRevenue, TotalIncome = y.TotalIncome, HightechIncome = y.HightechIncome,
            RdExpense = y.RdExpense, RdExpenseDomestic = y.RdExpenseDomestic, TotalCostAndExpense = y.TotalCostAndExpense,
            NetAssets = y.NetAssets, TotalAssets = y.TotalAssets, Employees = y.Employees, TechStaff = y.TechStaff,
            IncomeTax = y.IncomeTax, Conversions = y.Conversions,
        }).OrderBy(y => y.Year).ToList(),
        Ip = d.Ip.Select(i => new IpFacts(i.Kind, i.Status, i.GrantedOn, i.Acquisition, i.UsedInHnteYear, i.Disputed ?? false)).ToList(),
        Qualifications = d.Qualifications.Select(q => new QualificationFacts(q.Kind, q.IssuedOn, q.ExpiresOn)).ToList(),
        Incidents = d.Incidents.Select(i => new IncidentFacts(i.Date, i.Kind)).ToList(),
        Standards = d.Standards.Select(s => new StandardFacts(s.Level, s.Role, s.Year)).ToList(),
        Awards = d.Awards.Select(a => new AwardFacts(a.Level, a.Rank, a.Year)).ToList(),
        RdInstitutions = d.RdInstitutions.Select(r => new InstitutionFacts(r.Level, r.RecognizedOn)).ToList(),
        SelfAssessment = d.SelfAssessment is { } s
            ? new SelfAssessmentFacts(s.TechAdvancement, s.CoreSupport, s.RdManagement?.System, s.RdManagement?.Institution,
                s.RdManagement?.ConversionIncentive, s.RdManagement?.Talent)
            : null,
    };
}
