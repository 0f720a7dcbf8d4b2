using Seedbed.Core.Data;

namespace Seedbed.Core.Enterprises;

/// <summary>
/// Filter of the enterprise list, shared by the list page, <c>GET /api/enterprises</c>, Excel export and the CLI.
/// </summary>
/// <param name="Q">Part of the name or of the USCC.</param>
/// <param name="Jurisdiction">Jurisdiction name (属地), exact.</param>
/// <param name="Field">High-tech field: a second-level code (101), a top-level digit (1), or <c>none</c>.</param>
/// <param name="Qualification">Holds a qualification of this kind (hnte, tech-sme, zj-tech-sme, hz-hnte, sunrise).</param>
public sealed record EnterpriseFilter(string? Q = null, string? Jurisdiction = null, string? Field = null, string? Qualification = null)
{
    public IQueryable<Enterprise> Apply(SeedbedDb db)
    {
        var q = db.Enterprises.AsQueryable();
        if (!string.IsNullOrWhiteSpace(Q))
        {
            var t = Q.Trim();
            var upper = t.ToUpperInvariant();
            q = q.Where(e => e.Name.Contains(t) || e.Uscc.Contains(upper));
        }
        if (!string.IsNullOrWhiteSpace(Jurisdiction))
            q = q.Where(e => e.Jurisdiction!.Name == Jurisdiction);
        if (!string.IsNullOrWhiteSpace(Field))
        {
            var f = Field.Trim();
            q = f.Length == 1 ? q.Where(e => e.HightechField != null && e.HightechField.StartsWith(f)) : q.Where(e => e.HightechField == f);
        }
        if (!string.IsNullOrWhiteSpace(Qualification))
            q = q.Where(e => e.Qualifications.Any(x => x.Kind == Qualification));
        return q;
    }
}
