using Seedbed.Core.Enterprises;

namespace Seedbed.Core.Intake;

/// <summary>
/// Maps between the <see cref="Enterprise"/> entity graph and <see cref="DossierEnterprise"/>.
/// Entity → dossier: child records in a stable order (years by year, IP by kind and number, …);
/// <c>Disputed = false</c> and an all-empty self-assessment become absent. Dossier → entity: see <see cref="DossierUpsert"/>.
/// </summary>
public static class DossierMapper
{
    /// <summary>The dossier form of an enterprise; only the loaded child collections appear.</summary>
    public static DossierEnterprise ToDossier(Enterprise e, string jurisdiction)
    {
        var rdGiven = e.RdManagementSystem is not null || e.RdManagementInstitution is not null
                      || e.RdManagementConversionIncentive is not null || e.RdManagementTalent is not null;
        return new DossierEnterprise
        {
            Uscc = e.Uscc, Name = e.Name, RegisteredOn = e.RegisteredOn, Jurisdiction = jurisdiction, HightechField = e.HightechField,
            IndustryCode = e.IndustryCode, ContactName = e.ContactName, ContactPhone = e.ContactPhone,
            ContactEmail = e.ContactEmail, Address = e.Address,
            Years = [.. e.Years.OrderBy(y => y.Year).Select(y => new DossierYear
            {
                Year = y.Year, SalesRevenue = y.SalesRevenue, TotalIncome = y.TotalIncome, HightechIncome = y.HightechIncome,
                RdExpense = y.RdExpense, RdExpenseDomestic = y.RdExpenseDomestic, TotalCostAndExpense = y.TotalCostAndExpense,
                NetAssets = y.NetAssets, TotalAssets = y.TotalAssets, Employees = y.Employees, TechStaff = y.TechStaff,
                IncomeTax = y.IncomeTax, Conversions = y.Conversions,
            })],
            Ip = [.. e.IpItems.OrderBy(i => i.Kind, StringComparer.Ordinal).ThenBy(i => i.Number, StringComparer.Ordinal).Select(i => new DossierIp
            {
                Kind = i.Kind, Number = i.Number, Title = i.Title, Status = i.Status, GrantedOn = i.GrantedOn,
                Acquisition = i.Acquisition, UsedInHnteYear = i.UsedInHnteYear, Disputed = i.Disputed ? true : null,
            })],
            Qualifications = [.. e.Qualifications.OrderBy(q => q.IssuedOn).ThenBy(q => q.Kind, StringComparer.Ordinal).ThenBy(q => q.Number, StringComparer.Ordinal)
                .Select(q => new DossierQualification(q.Kind, q.Number, q.IssuedOn, q.ExpiresOn))],
            Incidents = [.. e.Incidents.OrderBy(i => i.Date).ThenBy(i => i.Kind, StringComparer.Ordinal).Select(i => new DossierIncident(i.Date, i.Kind))],
            Standards = [.. e.Standards.OrderBy(s => s.Year).ThenBy(s => s.Level, StringComparer.Ordinal).ThenBy(s => s.Role, StringComparer.Ordinal)
                .Select(s => new DossierStandard(s.Level, s.Role, s.Year))],
            Awards = [.. e.Awards.OrderBy(a => a.Year).ThenBy(a => a.Level, StringComparer.Ordinal).ThenBy(a => a.Rank)
                .Select(a => new DossierAward(a.Level, a.Rank, a.Year))],
            RdInstitutions = [.. e.RdInstitutions.OrderBy(r => r.RecognizedOn).ThenBy(r => r.Name, StringComparer.Ordinal)
                .Select(r => new DossierRdInstitution(r.Level, r.Name, r.RecognizedOn))],
            SelfAssessment = e.TechAdvancementGrade is null && e.CoreSupportGrade is null && !rdGiven ? null : new DossierSelfAssessment
            {
                TechAdvancement = e.TechAdvancementGrade, CoreSupport = e.CoreSupportGrade,
                RdManagement = rdGiven
                    ? new DossierRdManagement(e.RdManagementSystem, e.RdManagementInstitution, e.RdManagementConversionIncentive, e.RdManagementTalent)
                    : null,
            },
        };
    }

    /// <summary>A new entity (with all child records) from a dossier enterprise.</summary>
    public static Enterprise ToEntity(DossierEnterprise d, int jurisdictionId)
    {
        var e = new Enterprise { Uscc = d.Uscc, Name = d.Name, JurisdictionId = jurisdictionId };
        DossierUpsert.Apply(e, d, jurisdictionId, keepSelfAssessment: false);
        return e;
    }
}
