namespace Seedbed.Core.Audit;

/// <summary>
/// Where every new <see cref="Data.SeedbedDb"/> gets its <see cref="Data.SeedbedDb.Auditor"/> from: the CLI sets the
/// operating-system user, the web host the signed-in user of the current request.
/// </summary>
public sealed class AuditActorProvider
{
    public Func<AuditActor> Current { get; set; } = () => AuditActor.System;
}
