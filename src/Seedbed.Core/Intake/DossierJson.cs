using System.Text.Json;

namespace Seedbed.Core.Intake;

/// <summary>The dossier JSON (<c>seedbed.dossier/1</c>, assessment-contract §1): reading with every problem reported by JSON path, and writing.</summary>
public static class DossierJson
{
    /// <summary>Reads and validates a dossier; every problem is reported (location = JSON path such as <c>enterprises[2].years[0].rdExpense</c>).</summary>
    public static DossierReadResult Read(Stream input) => DossierReadResult.From(ReadRaw(input));

    public static void Write(Stream output, Dossier dossier) => DossierJsonWriter.Write(output, dossier);

    private static readonly (string Property, RecordKind Kind)[] Children =
    [
        ("years", RecordKind.Year), ("ip", RecordKind.Ip), ("qualifications", RecordKind.Qualification), ("incidents", RecordKind.Incident),
        ("standards", RecordKind.Standard), ("awards", RecordKind.Award), ("rdInstitutions", RecordKind.RdInstitution),
    ];

    private static readonly Dictionary<string, string> SelfAssessmentPaths = new(StringComparer.Ordinal)
    {
        ["techAdvancement"] = "selfAssessment.techAdvancement", ["coreSupport"] = "selfAssessment.coreSupport",
        ["rdSystem"] = "selfAssessment.rdManagement.system", ["rdInstitution"] = "selfAssessment.rdManagement.institution",
        ["rdConversionIncentive"] = "selfAssessment.rdManagement.conversionIncentive", ["rdTalent"] = "selfAssessment.rdManagement.talent",
    };

    internal static RawDossier ReadRaw(Stream input)
    {
        var raw = new RawDossier();
        JsonDocument doc;
        try
        {
            doc = JsonDocument.Parse(input, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip });
        }
        catch (JsonException ex)
        {
            raw.FileIssues.Add(new("", $"文件不是有效的 JSON（第{ex.LineNumber + 1}行附近有语法错误）"));
            return raw;
        }
        using (doc)
        {
            var root = doc.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                raw.FileIssues.Add(new("", "JSON 顶层应为对象：{ \"schema\": \"seedbed.dossier/1\", \"enterprises\": [ … ] }"));
                return raw;
            }
            if (!root.TryGetProperty("schema", out var schema))
                raw.FileIssues.Add(new("schema", $"缺少 schema，应为“{Dossier.Schema}”"));
            else if (schema.ValueKind != JsonValueKind.String || schema.GetString() != Dossier.Schema)
                raw.FileIssues.Add(new("schema", $"schema 应为“{Dossier.Schema}”，实际为 {schema.GetRawText()}"));
            if (!root.TryGetProperty("enterprises", out var list) || list.ValueKind != JsonValueKind.Array)
            {
                raw.FileIssues.Add(new("enterprises", "缺少 enterprises 数组"));
                return raw;
            }
            var i = 0;
            foreach (var e in list.EnumerateArray()) ReadEnterprise(raw, e, i++);
        }
        return raw;
    }

    internal static void ReadEnterprise(RawDossier raw, JsonElement e, int i)
    {
        var path = $"enterprises[{i}]";
        if (e.ValueKind != JsonValueKind.Object) { raw.FileIssues.Add(new(path, "应为对象")); return; }
        var head = NewRecord(RecordKind.Enterprise, path, i, c => $"{path}.{SelfAssessmentPaths.GetValueOrDefault(c, c)}");
        raw.Records.Add(head);
        foreach (var col in IntakeLayout.Enterprises.Columns.Where(c => !SelfAssessmentPaths.ContainsKey(c.Code)))
            if (e.TryGetProperty(col.Code, out var v))
                Put(head, col.Code, v, nullAs: col.Code == "hightechField" ? Rules.Registry.HightechFields.None : null);
        if (e.TryGetProperty("selfAssessment", out var sa) && sa.ValueKind != JsonValueKind.Null)
        {
            if (sa.ValueKind != JsonValueKind.Object) head.Issues.Add(new($"{path}.selfAssessment", "selfAssessment 应为对象"));
            else
            {
                foreach (var code in (string[])["techAdvancement", "coreSupport"])
                    if (sa.TryGetProperty(code, out var v)) Put(head, code, v);
                if (sa.TryGetProperty("rdManagement", out var rd) && rd.ValueKind != JsonValueKind.Null)
                {
                    if (rd.ValueKind != JsonValueKind.Object) head.Issues.Add(new($"{path}.selfAssessment.rdManagement", "rdManagement 应为对象"));
                    else
                        foreach (var (prop, code) in (ReadOnlySpan<(string, string)>)[("system", "rdSystem"), ("institution", "rdInstitution"),
                                     ("conversionIncentive", "rdConversionIncentive"), ("talent", "rdTalent")])
                            if (rd.TryGetProperty(prop, out var v)) Put(head, code, v);
                }
            }
        }
        var uscc = head.Values.GetValueOrDefault("uscc");
        foreach (var (property, kind) in Children)
        {
            if (!e.TryGetProperty(property, out var arr) || arr.ValueKind == JsonValueKind.Null) continue;
            if (arr.ValueKind != JsonValueKind.Array) { head.Issues.Add(new($"{path}.{property}", $"{property} 应为数组")); continue; }
            var j = 0;
            foreach (var item in arr.EnumerateArray())
            {
                var itemPath = $"{path}.{property}[{j++}]";
                if (item.ValueKind != JsonValueKind.Object) { head.Issues.Add(new(itemPath, "应为对象")); continue; }
                var rec = NewRecord(kind, itemPath, i, c => c == "uscc" ? $"{path}.uscc" : $"{itemPath}.{c}", usccFromParent: true);
                rec.Values["uscc"] = uscc;
                foreach (var col in IntakeLayout.Of(kind).Columns.Skip(1))
                    if (item.TryGetProperty(col.Code, out var v)) Put(rec, col.Code, v);
                raw.Records.Add(rec);
            }
        }
    }

    private static RawRecord NewRecord(RecordKind kind, string path, int group, Func<string, string> locate, bool usccFromParent = false) => new()
    {
        Kind = kind, RowName = path, RowLocation = path, Group = group, Strict = true, Locate = locate, UsccFromParent = usccFromParent,
    };

    private static void Put(RawRecord r, string code, JsonElement v, string? nullAs = null)
    {
        switch (v.ValueKind)
        {
            case JsonValueKind.String: r.Values[code] = v.GetString(); break;
            case JsonValueKind.Number: r.Values[code] = v.TryGetDecimal(out var m) ? m : v.GetDouble(); break;
            case JsonValueKind.True: r.Values[code] = true; break;
            case JsonValueKind.False: r.Values[code] = false; break;
            case JsonValueKind.Null: r.Values[code] = nullAs; break;
            default:
                r.Values[code] = null;
                r.Fail(code, $"{IntakeLayout.Of(r.Kind).Label(code)}应为单个值，实际为{(v.ValueKind == JsonValueKind.Array ? "数组" : "对象")}");
                break;
        }
    }
}
