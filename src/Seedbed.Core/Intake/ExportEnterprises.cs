using Microsoft.EntityFrameworkCore;
using Seedbed.Core.Data;
using Seedbed.Core.Enterprises;

namespace Seedbed.Core.Intake;

/// <summary>Writes the enterprises matching a filter as an import workbook (.xlsx); returns how many were written.</summary>
[UseCase]
public sealed class ExportEnterprises(IDbContextFactory<SeedbedDb> factory)
{
    public Task<int> ExecuteAsync(EnterpriseFilter filter, Stream output, IProgress<IntakeProgress>? progress = null, CancellationToken ct = default)
        => throw new NotImplementedException($"{factory} {filter} {output} {progress} {ct}");
}
