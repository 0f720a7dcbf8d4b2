using Microsoft.EntityFrameworkCore;
using Seedbed.Core.Data;
using Seedbed.Core.Enterprises;
using Seedbed.Core.Intake;
using Seedbed.Rules.Assessment;

namespace Seedbed.Core.Assessment;

/// <summary>Loads enterprises with every record the rules read, and turns them into facts.</summary>
internal static class RegistryFacts
{
    public static IQueryable<Enterprise> WithRecords(SeedbedDb db) => db.Enterprises.AsNoTracking()
        .Include(e => e.Jurisdiction).Include(e => e.Years).Include(e => e.IpItems).Include(e => e.Qualifications)
        .Include(e => e.Incidents).Include(e => e.Standards).Include(e => e.Awards).Include(e => e.RdInstitutions)
        .AsSplitQuery();

    public static EnterpriseFacts ToFacts(Enterprise e) => FactsMapper.ToFacts(DossierMapper.ToDossier(e, e.Jurisdiction?.Name ?? ""));
}
