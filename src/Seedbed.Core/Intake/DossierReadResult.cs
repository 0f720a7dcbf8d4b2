using Seedbed.Core.Common;

namespace Seedbed.Core.Intake;

/// <summary>A dossier read from a file, with every problem found (sheet!cell or JSON path, Chinese message).
/// When there are issues, <see cref="Dossier"/> holds only the enterprises without any problem.</summary>
public sealed record DossierReadResult(Dossier Dossier, IReadOnlyList<InputIssue> Issues)
{
    public bool IsValid => Issues.Count == 0;

    /// <summary>The dossier, or a <see cref="SeedbedValidationException"/> listing every issue.</summary>
    public Dossier OrThrow() => IsValid ? Dossier : throw new SeedbedValidationException(Issues);

    /// <summary>Validates raw records without a database (jurisdictions unchecked; child rows must refer to the file's enterprises).</summary>
    internal static DossierReadResult From(RawDossier raw)
    {
        if (raw.FileIssues.Count > 0) return new DossierReadResult(new Dossier([]), raw.FileIssues);
        IntakeValidator.Validate(raw, null, null);
        var (accepted, _) = IntakeValidator.Split(raw);
        var units = IntakeValidator.Assemble(accepted);
        return new DossierReadResult(new Dossier([.. units.Where(u => u.HasHead).Select(u => u.Data)]), IntakeValidator.Issues(raw));
    }
}
