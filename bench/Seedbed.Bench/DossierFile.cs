using System.Collections;
using Seedbed.Core.Intake;
using Seedbed.Rules.Assessment;
using Seedbed.Rules.Registry;

namespace Seedbed.Bench;

/// <summary>Writes a deterministic seedbed.dossier/1 file of generated enterprises with the project's own dossier writer,
/// generating each enterprise as it is written (the generator holds nothing).</summary>
public static class DossierFile
{
    public static void Write(string path, int count)
    {
        using var s = File.Create(path);
        DossierJson.Write(s, new Dossier(new Lazy(count)));
    }

    public static DossierEnterprise ToDossier(EnterpriseFacts f) => new()
    {
        Uscc = f.Uscc, Name = f.Name, RegisteredOn = f.RegisteredOn, Jurisdiction = "祥符",
        // an unknown code is a rules case but an input error in a file: written as "not in the fields"
        HightechField = f.HightechField is null or HightechFields.None || HightechFields.IsValidCode(f.HightechField) ? f.HightechField : HightechFields.None,
        Years = [.. f.Years.Select(y => new DossierYear
        {
            Year = y.Year, SalesRevenue = y.SalesRevenue, TotalIncome = y.TotalIncome, HightechIncome = y.HightechIncome,
            RdExpense = y.RdExpense, RdExpenseDomestic = y.RdExpenseDomestic, TotalCostAndExpense = y.TotalCostAndExpense,
            NetAssets = y.NetAssets, TotalAssets = y.TotalAssets, Employees = y.Employees, TechStaff = y.TechStaff,
            IncomeTax = y.IncomeTax, Conversions = y.Conversions,
        })],
        Ip = [.. f.Ip.Select((i, n) => new DossierIp
        {
            Kind = i.Kind, Number = $"ZL{f.Uscc[10..17]}.{n}", Title = "一种基准测试装置", Status = i.Status, GrantedOn = i.GrantedOn,
            Acquisition = i.Acquisition, UsedInHnteYear = i.UsedInHnteYear, Disputed = i.Disputed ? true : null,
        })],
        Incidents = [.. f.Incidents.Select(i => new DossierIncident(i.Date, i.Kind))],
        Standards = [.. f.Standards.Select(s => new DossierStandard(s.Level, s.Role, s.Year))],
        SelfAssessment = f.SelfAssessment is { } a ? new DossierSelfAssessment
        {
            TechAdvancement = a.TechAdvancement, CoreSupport = a.CoreSupport,
            RdManagement = new DossierRdManagement(a.RdSystem, a.RdInstitution, a.RdConversionIncentive, a.RdTalent),
        } : null,
    };

    private sealed class Lazy(int count) : IReadOnlyList<DossierEnterprise>
    {
        public int Count => count;
        public DossierEnterprise this[int index] => throw new NotSupportedException();
        public IEnumerator<DossierEnterprise> GetEnumerator()
        {
            var g = new FactsGenerator();
            for (var i = 0; i < count; i++) yield return ToDossier(g.Next());
        }
        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
    }
}
