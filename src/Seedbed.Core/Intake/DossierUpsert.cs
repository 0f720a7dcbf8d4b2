using Seedbed.Core.Enterprises;

namespace Seedbed.Core.Intake;

/// <summary>
/// Applies a dossier enterprise to an entity (new or loaded with all its child collections), assigning a property only when
/// the value differs, so that applying the same data twice changes nothing. Semantics:
/// enterprise fields overwritten (null clears); years by year, replaced whole; IP and qualifications by (kind, number), replaced whole;
/// incidents, standards, awards and R&amp;D institutions added when no identical record exists; nothing deleted.
/// </summary>
internal static class DossierUpsert
{
    private sealed class Diff
    {
        public bool Changed { get; private set; }
        public void Set<T>(T current, T value, Action<T> assign)
        {
            if (EqualityComparer<T>.Default.Equals(current, value)) return;
            assign(value);
            Changed = true;
        }
        public void Add<T>(List<T> list, T item) { list.Add(item); Changed = true; }
    }

    /// <param name="jurisdictionId">Null when the file has no enterprise row (child rows only): the enterprise fields are left alone.</param>
    /// <returns>True when anything was changed or added.</returns>
    public static bool Apply(Enterprise e, DossierEnterprise d, int? jurisdictionId, bool keepSelfAssessment)
    {
        var x = new Diff();
        if (jurisdictionId is { } jid)
        {
            x.Set(e.Name, d.Name, v => e.Name = v);
            x.Set(e.RegisteredOn, d.RegisteredOn, v => e.RegisteredOn = v);
            x.Set(e.JurisdictionId, jid, v => e.JurisdictionId = v);
            x.Set(e.HightechField, d.HightechField, v => e.HightechField = v);
            x.Set(e.IndustryCode, d.IndustryCode, v => e.IndustryCode = v);
            x.Set(e.ContactName, d.ContactName, v => e.ContactName = v);
            x.Set(e.ContactPhone, d.ContactPhone, v => e.ContactPhone = v);
            x.Set(e.ContactEmail, d.ContactEmail, v => e.ContactEmail = v);
            x.Set(e.Address, d.Address, v => e.Address = v);
            if (!keepSelfAssessment)
            {
                var sa = d.SelfAssessment;
                x.Set(e.TechAdvancementGrade, sa?.TechAdvancement, v => e.TechAdvancementGrade = v);
                x.Set(e.CoreSupportGrade, sa?.CoreSupport, v => e.CoreSupportGrade = v);
                x.Set(e.RdManagementSystem, sa?.RdManagement?.System, v => e.RdManagementSystem = v);
                x.Set(e.RdManagementInstitution, sa?.RdManagement?.Institution, v => e.RdManagementInstitution = v);
                x.Set(e.RdManagementConversionIncentive, sa?.RdManagement?.ConversionIncentive, v => e.RdManagementConversionIncentive = v);
                x.Set(e.RdManagementTalent, sa?.RdManagement?.Talent, v => e.RdManagementTalent = v);
            }
        }
        foreach (var y in d.Years)
        {
            var t = e.Years.FirstOrDefault(o => o.Year == y.Year);
            if (t is null) x.Add(e.Years, t = new FiscalYear { Year = y.Year });
            x.Set(t.SalesRevenue, y.SalesRevenue, v => t.SalesRevenue = v);
            x.Set(t.TotalIncome, y.TotalIncome, v => t.TotalIncome = v);
            x.Set(t.HightechIncome, y.HightechIncome, v => t.HightechIncome = v);
            x.Set(t.RdExpense, y.RdExpense, v => t.RdExpense = v);
            x.Set(t.RdExpenseDomestic, y.RdExpenseDomestic, v => t.RdExpenseDomestic = v);
            x.Set(t.TotalCostAndExpense, y.TotalCostAndExpense, v => t.TotalCostAndExpense = v);
            x.Set(t.NetAssets, y.NetAssets, v => t.NetAssets = v);
            x.Set(t.TotalAssets, y.TotalAssets, v => t.TotalAssets = v);
            x.Set(t.Employees, y.Employees, v => t.Employees = v);
            x.Set(t.TechStaff, y.TechStaff, v => t.TechStaff = v);
            x.Set(t.IncomeTax, y.IncomeTax, v => t.IncomeTax = v);
            x.Set(t.Conversions, y.Conversions, v => t.Conversions = v);
        }
        foreach (var i in d.Ip)
        {
            var t = e.IpItems.FirstOrDefault(o => o.Kind == i.Kind && o.Number == i.Number);
            if (t is null) x.Add(e.IpItems, t = new IpItem { Kind = i.Kind, Number = i.Number, Status = i.Status, Acquisition = i.Acquisition });
            x.Set(t.Title, i.Title, v => t.Title = v);
            x.Set(t.Status, i.Status, v => t.Status = v);
            x.Set(t.GrantedOn, i.GrantedOn, v => t.GrantedOn = v);
            x.Set(t.Acquisition, i.Acquisition, v => t.Acquisition = v);
            x.Set(t.UsedInHnteYear, i.UsedInHnteYear, v => t.UsedInHnteYear = v);
            x.Set(t.Disputed, i.Disputed ?? false, v => t.Disputed = v);
        }
        foreach (var q in d.Qualifications)
        {
            var t = e.Qualifications.FirstOrDefault(o => o.Kind == q.Kind && o.Number == q.Number);
            if (t is null) x.Add(e.Qualifications, t = new Qualification { Kind = q.Kind, Number = q.Number, IssuedOn = q.IssuedOn });
            x.Set(t.IssuedOn, q.IssuedOn, v => t.IssuedOn = v);
            x.Set(t.ExpiresOn, q.ExpiresOn, v => t.ExpiresOn = v);
        }
        foreach (var i in d.Incidents)
            if (!e.Incidents.Any(o => o.Date == i.Date && o.Kind == i.Kind))
                x.Add(e.Incidents, new Incident { Date = i.Date, Kind = i.Kind });
        foreach (var s in d.Standards)
            if (!e.Standards.Any(o => o.Level == s.Level && o.Role == s.Role && o.Year == s.Year))
                x.Add(e.Standards, new StandardDrafting { Level = s.Level, Role = s.Role, Year = s.Year });
        foreach (var a in d.Awards)
            if (!e.Awards.Any(o => o.Level == a.Level && o.Rank == a.Rank && o.Year == a.Year))
                x.Add(e.Awards, new Award { Level = a.Level, Rank = a.Rank, Year = a.Year });
        foreach (var r in d.RdInstitutions)
            if (!e.RdInstitutions.Any(o => o.Level == r.Level && o.Name == r.Name && o.RecognizedOn == r.RecognizedOn))
                x.Add(e.RdInstitutions, new RdInstitution { Level = r.Level, Name = r.Name, RecognizedOn = r.RecognizedOn });
        return x.Changed;
    }
}
