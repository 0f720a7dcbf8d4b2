using System.Globalization;
using System.Text.Json;

namespace Seedbed.Rules.Assessment;

public sealed record RuleSource(string Document, string Title, string? Url);

/// <summary>
/// A versioned rule set (rules/&lt;id&gt;.v&lt;version&gt;.json): every threshold, band and point range is data, and every
/// row carries its citation (article) and the quoted clause. An active version is never edited; a change is a new
/// version with new effective dates.
/// </summary>
public sealed record RuleSet(
    string Id, int Version, string Name, IReadOnlyList<RuleSource> Sources, DateOnly EffectiveFrom, DateOnly? EffectiveTo,
    IReadOnlyList<RuleRow> Rules, IReadOnlyList<string> Notes)
{
    public bool InForceOn(DateOnly date) => date >= EffectiveFrom && (EffectiveTo is null || date <= EffectiveTo);

    public RuleRow Row(string id) => Rules.FirstOrDefault(r => r.Id == id)
        ?? throw new InvalidOperationException($"规则集 {Id} v{Version} 缺少规则 {id}");

    public static RuleSet Parse(string json)
    {
        using var doc = JsonDocument.Parse(json);
        var root = doc.RootElement;
        static string S(JsonElement e, string name) => e.GetProperty(name).GetString() ?? throw new FormatException($"{name} 为空");
        static DateOnly D(string s) => DateOnly.ParseExact(s, "yyyy-MM-dd", CultureInfo.InvariantCulture);
        var sources = root.GetProperty("sources").EnumerateArray()
            .Select(s => new RuleSource(S(s, "document"), S(s, "title"), s.TryGetProperty("url", out var u) ? u.GetString() : null)).ToList();
        var rules = root.GetProperty("rules").EnumerateArray().Select(r => new RuleRow(
            S(r, "id"), S(r, "kind"), S(r, "citation"), S(r, "source"), S(r, "clause"),
            r.TryGetProperty("params", out var p) ? p.Clone() : default)).ToList();
        var notes = root.TryGetProperty("notes", out var n) ? n.EnumerateArray().Select(x => x.GetString() ?? "").ToList() : [];
        var to = root.TryGetProperty("effectiveTo", out var t) && t.ValueKind == JsonValueKind.String ? D(t.GetString()!) : (DateOnly?)null;
        return new RuleSet(S(root, "id"), root.GetProperty("version").GetInt32(), S(root, "name"), sources,
            D(S(root, "effectiveFrom")), to, rules, notes);
    }
}

/// <summary>One criterion: what it checks (kind), where it comes from (citation, source, quoted clause) and its parameters.</summary>
public sealed record RuleRow(string Id, string Kind, string Citation, string Source, string Clause, JsonElement Params)
{
    public decimal Number(string name) => Params.GetProperty(name).GetDecimal();
    public int Whole(string name) => Params.GetProperty(name).GetInt32();

    public IReadOnlyList<string> Strings(string name) =>
        Params.GetProperty(name).EnumerateArray().Select(x => x.GetString() ?? "").ToList();

    /// <summary>Tiers: the first whose <c>upTo</c> (inclusive; null = no limit) holds gives the value.</summary>
    public IReadOnlyList<Tier> Tiers(string name) => Params.GetProperty(name).EnumerateArray()
        .Select(t => new Tier(t.TryGetProperty("upTo", out var u) && u.ValueKind == JsonValueKind.Number ? u.GetDecimal() : null, t.GetProperty("value").GetDecimal()))
        .ToList();

    /// <summary>Bands in order: the first whose lower bound holds (<c>atLeast</c> inclusive, <c>above</c> exclusive, none = always) applies.</summary>
    public IReadOnlyList<Band> Bands(string name = "bands") => Params.GetProperty(name).EnumerateArray().Select(b => new Band(
        b.GetProperty("band").GetString()!,
        b.TryGetProperty("atLeast", out var a) ? a.GetDecimal() : b.TryGetProperty("above", out var ab) ? ab.GetDecimal() : null,
        b.TryGetProperty("above", out _),
        b.GetProperty("min").GetInt32(), b.GetProperty("max").GetInt32())).ToList();
}

public sealed record Tier(decimal? UpTo, decimal Value)
{
    public static decimal Pick(IReadOnlyList<Tier> tiers, decimal x) => tiers.First(t => t.UpTo is null || x <= t.UpTo).Value;
}

public sealed record Band(string Code, decimal? Bound, bool Exclusive, int Min, int Max)
{
    public bool Holds(decimal x) => Bound is null || (Exclusive ? x > Bound : x >= Bound);
    public static Band Pick(IReadOnlyList<Band> bands, decimal x) => bands.First(b => b.Holds(x));
    public static Band ByCode(IReadOnlyList<Band> bands, string code) => bands.First(b => b.Code == code);
}
