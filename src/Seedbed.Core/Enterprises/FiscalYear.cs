namespace Seedbed.Core.Enterprises;

/// <summary>One fiscal year of an enterprise (assessment-contract §1, year object). Absent = unknown (null), never 0.
/// Money in yuan, stored to the fen.</summary>
public class FiscalYear
{
    public int Id { get; set; }
    public int EnterpriseId { get; set; }
    public int Year { get; set; }
    public decimal? SalesRevenue { get; set; }
    public decimal? TotalIncome { get; set; }
    public decimal? HightechIncome { get; set; }
    public decimal? RdExpense { get; set; }
    public decimal? RdExpenseDomestic { get; set; }
    public decimal? TotalCostAndExpense { get; set; }
    public decimal? NetAssets { get; set; }
    public decimal? TotalAssets { get; set; }
    public int? Employees { get; set; }
    public int? TechStaff { get; set; }
    public decimal? IncomeTax { get; set; }
    public int? Conversions { get; set; }
}
