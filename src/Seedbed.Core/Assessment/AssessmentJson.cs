using System.Globalization;
using System.Text.Json;
using Seedbed.Rules.Assessment;

namespace Seedbed.Core.Assessment;

/// <summary>Writes results in the assessment document format (assessment-contract §3, <c>seedbed.assessment/1</c>).</summary>
public static class AssessmentJson
{
    public const string Schema = "seedbed.assessment/1";

    public static string Lower(Verdict v) => v switch { Verdict.Pass => "pass", Verdict.Fail => "fail", _ => "undetermined" };
    public static string Lower(ConditionStatus s) => s switch { ConditionStatus.Pass => "pass", ConditionStatus.Fail => "fail", _ => "unknown" };
    public static string Lower(Route r) => r == Route.Direct ? "direct" : "score";

    public static void WriteHeader(Utf8JsonWriter w, RuleSet rules, DateOnly date)
    {
        w.WriteStartObject();
        w.WriteString("schema", Schema);
        w.WriteString("ruleset", rules.Id);
        w.WriteNumber("rulesetVersion", rules.Version);
        w.WriteString("date", date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        w.WriteStartArray("results");
    }

    public static void WriteFooter(Utf8JsonWriter w)
    {
        w.WriteEndArray();
        w.WriteEndObject();
    }

    public static void WriteResult(Utf8JsonWriter w, EnterpriseAssessment a)
    {
        w.WriteStartObject();
        w.WriteString("uscc", a.Uscc);
        w.WriteString("verdict", Lower(a.Verdict));
        w.WriteString("route", Lower(a.Route));
        w.WriteStartArray("conditions");
        foreach (var c in a.Conditions)
        {
            w.WriteStartObject();
            w.WriteString("id", c.Id);
            w.WriteString("status", Lower(c.Status));
            Value(w, "actual", c.Actual);
            Value(w, "required", c.Required);
            w.WriteString("citation", c.Citation);
            w.WriteString("message", c.Message);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        if (a.Score is { } s)
        {
            w.WriteStartObject("score");
            w.WriteNumber("min", s.Min);
            w.WriteNumber("max", s.Max);
            w.WriteNumber("pass", s.Pass);
            w.WriteStartArray("items");
            foreach (var i in s.Items)
            {
                w.WriteStartObject();
                w.WriteString("id", i.Id);
                if (i.Band is null) w.WriteNull("band"); else w.WriteString("band", i.Band);
                w.WriteNumber("min", i.Min);
                w.WriteNumber("max", i.Max);
                w.WriteString("citation", i.Citation);
                w.WriteString("message", i.Message);
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteEndObject();
        }
        else w.WriteNull("score");
        w.WriteStartArray("gaps");
        foreach (var g in a.Gaps)
        {
            w.WriteStartObject();
            w.WriteString("id", g.Id);
            w.WriteNumber("amount", g.Amount);
            w.WriteString("unit", g.Unit);
            w.WriteString("message", g.Message);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteStartArray("manualReview");
        foreach (var m in a.ManualReview) w.WriteStringValue(m);
        w.WriteEndArray();
        w.WriteEndObject();
    }

    /// <summary>One result as a standalone JSON object (stored with each evaluation).</summary>
    public static string ResultToJson(EnterpriseAssessment a)
    {
        using var ms = new MemoryStream();
        using (var w = new Utf8JsonWriter(ms, new JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
            WriteResult(w, a);
        return System.Text.Encoding.UTF8.GetString(ms.ToArray());
    }

    private static void Value(Utf8JsonWriter w, string name, object? v)
    {
        switch (v)
        {
            case null: w.WriteNull(name); break;
            case decimal d: w.WriteNumber(name, d); break;
            case int i: w.WriteNumber(name, i); break;
            case string s: w.WriteString(name, s); break;
            default: w.WriteString(name, Convert.ToString(v, CultureInfo.InvariantCulture)); break;
        }
    }
}
