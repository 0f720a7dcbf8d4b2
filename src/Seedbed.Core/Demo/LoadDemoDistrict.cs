using Microsoft.EntityFrameworkCore;
using Seedbed.Core.Data;
using Seedbed.Core.Intake;

namespace Seedbed.Core.Demo;

/// <summary>Loads the deterministic demo district (about 1,500 enterprises). Returns false when the registry is not empty.</summary>
[UseCase]
public sealed class LoadDemoDistrict(IDbContextFactory<SeedbedDb> factory)
{
    public Task<bool> ExecuteAsync(IProgress<IntakeProgress>? progress = null, CancellationToken ct = default)
        => throw new NotImplementedException($"{factory} {progress} {ct}");
}
