using Seedbed.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Seedbed.Core.Intake;

/// <summary>Imports a dossier (.json or .xlsx) into the registry: validate everything, then upsert by USCC in one transaction.</summary>
[UseCase]
public sealed class ImportDossier(IDbContextFactory<SeedbedDb> factory)
{
    public Task<ImportResult> ExecuteAsync(Stream content, string fileName, ImportOptions options, CancellationToken ct = default)
        => throw new NotImplementedException($"{factory} {content} {fileName} {options} {ct}");
}
