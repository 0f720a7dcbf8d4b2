using Seedbed.Core.Enterprises;

namespace Seedbed.Core.Demo;

/// <summary>Shape of an enterprise's finances: ratios kept roughly constant over the years, plus noise.</summary>
internal sealed record FinanceProfile(
    decimal BaseRevenue, double Growth, double RdRatio, double TechRatio, double HightechRatio, double DomesticShare,
    double ConversionsMean, double RevenuePerEmployee);

/// <summary>Generates plausible fiscal years (yuan, whole numbers) from a profile.</summary>
internal static class DemoFinancials
{
    public static List<FiscalYear> Years(Random r, FinanceProfile p, int firstYear, int lastYear, bool hnteRate)
    {
        var years = new List<FiscalYear>();
        var revenue = (double)p.BaseRevenue;
        var netAssets = revenue * (0.3 + r.NextDouble() * 0.3);
        for (var y = firstYear; y <= lastYear; y++)
        {
            var partial = y == firstYear && r.NextDouble() < 0.5 ? 0.4 + r.NextDouble() * 0.5 : 1.0;
            var sales = Math.Max(200_000, revenue * partial * (0.95 + r.NextDouble() * 0.1));
            var employees = Math.Max(3, (int)Math.Round(sales / p.RevenuePerEmployee));
            var tech = (int)Math.Floor(employees * Jitter(r, p.TechRatio, 0.02));
            var rd = sales * Jitter(r, p.RdRatio, 0.004);
            var totalIncome = sales * (1.0 + r.NextDouble() * 0.04);
            var profit = sales * (0.03 + r.NextDouble() * 0.1);
            years.Add(new FiscalYear
            {
                Year = y,
                SalesRevenue = Yuan(sales),
                TotalIncome = Yuan(totalIncome),
                HightechIncome = Yuan(totalIncome * Math.Min(1.0, Jitter(r, p.HightechRatio, 0.015))),
                RdExpense = Yuan(rd),
                RdExpenseDomestic = Yuan(rd * Math.Min(1.0, Jitter(r, p.DomesticShare, 0.01))),
                TotalCostAndExpense = Yuan(sales - profit),
                NetAssets = Yuan(netAssets),
                TotalAssets = Yuan(netAssets * (1.5 + r.NextDouble())),
                Employees = employees,
                TechStaff = Math.Min(tech, employees),
                IncomeTax = Yuan(profit * (hnteRate ? 0.15 : 0.25)),
                Conversions = Poisson(r, p.ConversionsMean),
            });
            var g = p.Growth + (r.NextDouble() - 0.5) * 0.2;
            revenue *= 1 + g;
            netAssets = Math.Max(netAssets * 0.8, netAssets + profit * 0.6);
        }
        return years;
    }

    private static double Jitter(Random r, double value, double spread) => Math.Max(0, value + (r.NextDouble() * 2 - 1) * spread);

    public static decimal Yuan(double v) => Math.Round((decimal)v, 0);

    private static int Poisson(Random r, double mean)
    {
        if (mean <= 0) return 0;
        var l = Math.Exp(-mean);
        var k = 0;
        for (var p = r.NextDouble(); p > l; p *= r.NextDouble()) k++;
        return k;
    }

    /// <summary>Log-normal revenue around a median, clipped to a plausible range.</summary>
    public static decimal Revenue(Random r, double median, double sigma, double min, double max)
    {
        var n = Math.Sqrt(-2 * Math.Log(1 - r.NextDouble())) * Math.Cos(2 * Math.PI * r.NextDouble());
        return Yuan(Math.Clamp(median * Math.Exp(sigma * n), min, max));
    }
}
