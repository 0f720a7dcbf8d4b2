using Seedbed.Core.Common;

namespace Seedbed.Core.Intake;

public sealed record DossierStreamCheck(int Count, IReadOnlyList<InputIssue> Issues);

public static class DossierJsonStreaming
{
    public static DossierStreamCheck Validate(Stream input)
    {
        var r = DossierJson.Read(input);
        return new(r.Dossier.Enterprises.Count, r.Issues);
    }
}
