using Seedbed.Rules.Registry;

namespace Seedbed.Web.Components.Shared;

/// <summary>Select options for 技术领域: each top-level field (filter: all of it) followed by its second-level fields.</summary>
public static class FieldOptions
{
    public sealed record Option(string Code, string Label, bool TopLevel);

    public static readonly IReadOnlyList<Option> TopAndSecondLevel =
        HightechFields.TopLevel.OrderBy(t => t.Key, StringComparer.Ordinal)
            .SelectMany(t => new[] { new Option(t.Key, $"{t.Key} {t.Value}", true) }
                .Concat(HightechFields.SecondLevel.Where(s => s.Key.StartsWith(t.Key, StringComparison.Ordinal))
                    .OrderBy(s => s.Key, StringComparer.Ordinal).Select(s => new Option(s.Key, $"{s.Key} {s.Value}", false))))
            .ToList();

    public static readonly IReadOnlyList<Option> SecondLevel = TopAndSecondLevel.Where(o => !o.TopLevel).ToList();
}
