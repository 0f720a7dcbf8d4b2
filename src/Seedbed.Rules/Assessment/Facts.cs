namespace Seedbed.Rules.Assessment;

// The facts the rules read: a plain, pure snapshot of one enterprise (assessment-contract §1). null = unknown, never 0.

public sealed record EnterpriseFacts
{
    public required string Uscc { get; init; }
    public string Name { get; init; } = "";
    public DateOnly? RegisteredOn { get; init; }
    /// <summary>Second-level field code; <c>none</c> = explicitly not in the fields; null = unknown.</summary>
    public string? HightechField { get; init; }
    public IReadOnlyList<YearFacts> Years { get; init; } = [];
    public IReadOnlyList<IpFacts> Ip { get; init; } = [];
    public IReadOnlyList<QualificationFacts> Qualifications { get; init; } = [];
    public IReadOnlyList<IncidentFacts> Incidents { get; init; } = [];
    public IReadOnlyList<StandardFacts> Standards { get; init; } = [];
    public IReadOnlyList<AwardFacts> Awards { get; init; } = [];
    public IReadOnlyList<InstitutionFacts> RdInstitutions { get; init; } = [];
    public SelfAssessmentFacts? SelfAssessment { get; init; }

    public YearFacts? Year(int year)
    {
        foreach (var y in Years) if (y.Year == year) return y;
        return null;
    }
}

/// <remarks>
/// Values are stored without <see cref="Nullable{T}"/>'s padding (a decimal takes 16 bytes instead of 24; an int 4 instead
/// of 8) with one presence bit each: the object is ~180 bytes instead of ~260, which the rules read from memory for every
/// year of every enterprise (docs/benchmarks.md). The public shape, equality and <c>with</c> are those of the properties.
/// </remarks>
public sealed record YearFacts
{
    private ushort _present;
    private decimal _salesRevenue;
    private decimal _totalIncome;
    private decimal _hightechIncome;
    private decimal _rdExpense;
    private decimal _rdExpenseDomestic;
    private decimal _totalCostAndExpense;
    private decimal _netAssets;
    private decimal _totalAssets;
    private int _employees;
    private int _techStaff;
    private decimal _incomeTax;
    private int _conversions;

    public int Year { get; init; }
    public decimal? SalesRevenue { get => Has(0) ? _salesRevenue : null; init => _salesRevenue = Mark(0, value); }
    public decimal? TotalIncome { get => Has(1) ? _totalIncome : null; init => _totalIncome = Mark(1, value); }
    public decimal? HightechIncome { get => Has(2) ? _hightechIncome : null; init => _hightechIncome = Mark(2, value); }
    public decimal? RdExpense { get => Has(3) ? _rdExpense : null; init => _rdExpense = Mark(3, value); }
    public decimal? RdExpenseDomestic { get => Has(4) ? _rdExpenseDomestic : null; init => _rdExpenseDomestic = Mark(4, value); }
    public decimal? TotalCostAndExpense { get => Has(5) ? _totalCostAndExpense : null; init => _totalCostAndExpense = Mark(5, value); }
    public decimal? NetAssets { get => Has(6) ? _netAssets : null; init => _netAssets = Mark(6, value); }
    public decimal? TotalAssets { get => Has(7) ? _totalAssets : null; init => _totalAssets = Mark(7, value); }
    public int? Employees { get => Has(8) ? _employees : null; init => _employees = Mark(8, value); }
    public int? TechStaff { get => Has(9) ? _techStaff : null; init => _techStaff = Mark(9, value); }
    public decimal? IncomeTax { get => Has(10) ? _incomeTax : null; init => _incomeTax = Mark(10, value); }
    public int? Conversions { get => Has(11) ? _conversions : null; init => _conversions = Mark(11, value); }

    private bool Has(int bit) => (_present & (1 << bit)) != 0;

    // The raw values and their presence bits, for the hnte-2016 evaluator (HnteRules.Window copies what it needs at once).
    internal const int SalesBit = 1 << 0, TotalIncomeBit = 1 << 1, HightechIncomeBit = 1 << 2, RdExpenseBit = 1 << 3,
        RdExpenseDomesticBit = 1 << 4, NetAssetsBit = 1 << 6, EmployeesBit = 1 << 8, TechStaffBit = 1 << 9, ConversionsBit = 1 << 11;
    internal int Present => _present;
    internal decimal SalesRaw => _salesRevenue;
    internal decimal TotalIncomeRaw => _totalIncome;
    internal decimal HightechIncomeRaw => _hightechIncome;
    internal decimal RdExpenseRaw => _rdExpense;
    internal decimal RdExpenseDomesticRaw => _rdExpenseDomestic;
    internal decimal NetAssetsRaw => _netAssets;
    internal int EmployeesRaw => _employees;
    internal int TechStaffRaw => _techStaff;
    internal int ConversionsRaw => _conversions;

    private T Mark<T>(int bit, T? value) where T : struct
    {
        _present = value.HasValue ? (ushort)(_present | (1 << bit)) : (ushort)(_present & ~(1 << bit));
        return value.GetValueOrDefault();
    }
}

public sealed record IpFacts(string Kind, string Status, DateOnly? GrantedOn, string Acquisition, int? UsedInHnteYear = null, bool Disputed = false);
public sealed record QualificationFacts(string Kind, DateOnly IssuedOn, DateOnly? ExpiresOn);
public sealed record IncidentFacts(DateOnly Date, string Kind);
public sealed record StandardFacts(string Level, string Role, int Year);
public sealed record AwardFacts(string Level, int Rank, int Year);
public sealed record InstitutionFacts(string Level, DateOnly RecognizedOn);

/// <summary>Expert-judged items (assessment-contract §3.1). Grades A–E; rdManagement sub-scores 0..6, 0..6, 0..4, 0..4.</summary>
public sealed record SelfAssessmentFacts(string? TechAdvancement, string? CoreSupport, int? RdSystem, int? RdInstitution, int? RdConversionIncentive, int? RdTalent);
