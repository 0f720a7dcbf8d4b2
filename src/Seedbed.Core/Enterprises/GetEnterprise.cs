using Microsoft.EntityFrameworkCore;
using Seedbed.Core.Data;

namespace Seedbed.Core.Enterprises;

public sealed record EnterpriseDetail
{
    public int Id { get; init; }
    public required string Uscc { get; init; }
    public required string Name { get; init; }
    public DateOnly? RegisteredOn { get; init; }
    public int JurisdictionId { get; init; }
    public required string Jurisdiction { get; init; }
    /// <summary>Second-level code, <c>none</c>, or null (unknown).</summary>
    public string? HightechField { get; init; }
    public string? IndustryCode { get; init; }
    public string? ContactName { get; init; }
    public string? ContactPhone { get; init; }
    public string? ContactEmail { get; init; }
    public string? Address { get; init; }
    public DateTime CreatedAt { get; init; }
    public DateTime UpdatedAt { get; init; }
    /// <summary>Fiscal years, oldest first.</summary>
    public IReadOnlyList<FiscalYearDetail> Years { get; init; } = [];
    public IReadOnlyList<IpDetail> Ip { get; init; } = [];
    public IReadOnlyList<QualificationDetail> Qualifications { get; init; } = [];
    public IReadOnlyList<IncidentDetail> Incidents { get; init; } = [];
    public IReadOnlyList<StandardDetail> Standards { get; init; } = [];
    public IReadOnlyList<AwardDetail> Awards { get; init; } = [];
    public IReadOnlyList<RdInstitutionDetail> RdInstitutions { get; init; } = [];
}

public sealed record FiscalYearDetail(
    int Year, decimal? SalesRevenue, decimal? TotalIncome, decimal? HightechIncome, decimal? RdExpense, decimal? RdExpenseDomestic,
    decimal? TotalCostAndExpense, decimal? NetAssets, decimal? TotalAssets, int? Employees, int? TechStaff, decimal? IncomeTax, int? Conversions);
public sealed record IpDetail(string Kind, string Number, string? Title, string Status, DateOnly? GrantedOn, string Acquisition, int? UsedInHnteYear, bool Disputed);
public sealed record QualificationDetail(string Kind, string Number, DateOnly IssuedOn, DateOnly? ExpiresOn);
public sealed record IncidentDetail(DateOnly Date, string Kind);
public sealed record StandardDetail(string Level, string Role, int Year);
public sealed record AwardDetail(string Level, int Rank, int Year);
public sealed record RdInstitutionDetail(string Level, string Name, DateOnly RecognizedOn);

/// <summary>One enterprise with all its records (企业详情). Returns null when there is no such enterprise.</summary>
[UseCase]
public sealed class GetEnterprise(IDbContextFactory<SeedbedDb> factory)
{
    public async Task<EnterpriseDetail?> ExecuteAsync(int id, CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var e = await db.Enterprises.AsNoTracking().AsSplitQuery()
            .Include(x => x.Jurisdiction).Include(x => x.Years).Include(x => x.IpItems).Include(x => x.Qualifications)
            .Include(x => x.Incidents).Include(x => x.Standards).Include(x => x.Awards).Include(x => x.RdInstitutions)
            .SingleOrDefaultAsync(x => x.Id == id, ct);
        if (e is null) return null;
        return new EnterpriseDetail
        {
            Id = e.Id, Uscc = e.Uscc, Name = e.Name, RegisteredOn = e.RegisteredOn, JurisdictionId = e.JurisdictionId,
            Jurisdiction = e.Jurisdiction!.Name, HightechField = e.HightechField, IndustryCode = e.IndustryCode,
            ContactName = e.ContactName, ContactPhone = e.ContactPhone, ContactEmail = e.ContactEmail, Address = e.Address,
            CreatedAt = e.CreatedAt, UpdatedAt = e.UpdatedAt,
            Years = e.Years.OrderBy(y => y.Year).Select(y => new FiscalYearDetail(y.Year, y.SalesRevenue, y.TotalIncome, y.HightechIncome,
                y.RdExpense, y.RdExpenseDomestic, y.TotalCostAndExpense, y.NetAssets, y.TotalAssets, y.Employees, y.TechStaff, y.IncomeTax,
                y.Conversions)).ToList(),
            Ip = e.IpItems.OrderBy(i => i.Kind, StringComparer.Ordinal).ThenBy(i => i.Number, StringComparer.Ordinal)
                .Select(i => new IpDetail(i.Kind, i.Number, i.Title, i.Status, i.GrantedOn, i.Acquisition, i.UsedInHnteYear, i.Disputed)).ToList(),
            Qualifications = e.Qualifications.OrderByDescending(q => q.IssuedOn)
                .Select(q => new QualificationDetail(q.Kind, q.Number, q.IssuedOn, q.ExpiresOn)).ToList(),
            Incidents = e.Incidents.OrderByDescending(i => i.Date).Select(i => new IncidentDetail(i.Date, i.Kind)).ToList(),
            Standards = e.Standards.OrderByDescending(s => s.Year).Select(s => new StandardDetail(s.Level, s.Role, s.Year)).ToList(),
            Awards = e.Awards.OrderByDescending(a => a.Year).Select(a => new AwardDetail(a.Level, a.Rank, a.Year)).ToList(),
            RdInstitutions = e.RdInstitutions.OrderByDescending(r => r.RecognizedOn)
                .Select(r => new RdInstitutionDetail(r.Level, r.Name, r.RecognizedOn)).ToList(),
        };
    }
}
