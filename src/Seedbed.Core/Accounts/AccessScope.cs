namespace Seedbed.Core.Accounts;

/// <summary>
/// Which enterprises a session may see and change. Enforced in one place: the query filters and the save guard of
/// <see cref="Data.SeedbedDb"/>, so no page or endpoint can forget it.
/// </summary>
public sealed record AccessScope(bool All, IReadOnlyList<int> JurisdictionIds, IReadOnlyList<int> EnterpriseIds)
{
    public static readonly AccessScope Everything = new(true, [], []);
    public static readonly AccessScope Nothing = new(false, [], []);
    public static AccessScope Jurisdiction(int id) => new(false, [id], []);
    public static AccessScope Enterprises(IReadOnlyList<int> ids) => new(false, [], ids);
}

/// <summary>Where every new <see cref="Data.SeedbedDb"/> gets its scope from (the web host: the signed-in user).</summary>
public sealed class AccessScopeProvider
{
    public Func<AccessScope> Current { get; set; } = () => AccessScope.Everything;
}

/// <summary>Thrown when a session tries to write outside its scope; the API answers 404 (no existence leak).</summary>
public sealed class ScopeViolationException : Exception
{
    public ScopeViolationException() : base("无权访问该企业") { }
    public ScopeViolationException(string message) : base(message) { }
    public ScopeViolationException(string message, Exception inner) : base(message, inner) { }
}
