using Seedbed.Core.Enterprises;

namespace Seedbed.Core.Demo;

/// <summary>Moves one HNTE condition of an otherwise good enterprise just below its threshold (hnte-2016, 第十一条).</summary>
internal static class DemoThresholds
{
    public static void MakeNear(Random r, Enterprise e)
    {
        var window = e.Years.Where(y => y.Year >= 2017).ToList();
        switch (r.Next(5))
        {
            case 0: // R&D ratio 4.6–4.95 % against the 5 % tier (sales ≤ 5,000万)
                foreach (var y in window) y.RdExpense = y.RdExpenseDomestic = DemoFinancials.Yuan((double)y.SalesRevenue!.Value * (0.046 + r.NextDouble() * 0.0035));
                break;
            case 1: // technology staff just under 10 %
                foreach (var y in window) y.TechStaff = Math.Max(0, (int)Math.Ceiling(y.Employees!.Value * 0.10) - 1);
                break;
            case 2: // high-tech income 56–59.5 % of total income
                foreach (var y in window) y.HightechIncome = DemoFinancials.Yuan((double)y.TotalIncome!.Value * (0.56 + r.NextDouble() * 0.035));
                break;
            case 3: // domestic R&D 52–59 % of all R&D
                foreach (var y in window) y.RdExpenseDomestic = DemoFinancials.Yuan((double)y.RdExpense!.Value * (0.52 + r.NextDouble() * 0.07));
                break;
            default: // registered less than a year before mid-2021 assessments
                e.RegisteredOn = new DateOnly(2020, 7 + r.Next(5), 1 + r.Next(28));
                e.Years = e.Years.Where(y => y.Year == 2020).ToList();
                break;
        }
    }
}
