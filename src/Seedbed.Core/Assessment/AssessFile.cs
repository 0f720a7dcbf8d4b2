using System.Text.Json;
using Seedbed.Core.Common;
using Seedbed.Core.Intake;
using Seedbed.Rules.Assessment;

namespace Seedbed.Core.Assessment;

/// <summary>
/// Assesses the enterprises of a dossier file (.json or .xlsx) against a rule set on a date and writes the assessment
/// document (<c>seedbed.assessment/1</c>). Pure with respect to the database: nothing is stored. Any input error is a
/// <see cref="SeedbedValidationException"/> thrown before a single byte is written.
/// </summary>
[UseCase]
public sealed class AssessFile
{
    public async Task<int> ExecuteAsync(Stream input, string fileName, string ruleSetId, DateOnly date, Stream output,
        IProgress<IntakeProgress>? progress = null, CancellationToken ct = default)
    {
        var rules = RuleSetCatalog.Get(ruleSetId, date);
        var buffer = new MemoryStream();
        await input.CopyToAsync(buffer, ct);
        buffer.Position = 0;
        var head = buffer.Length >= 2 ? buffer.GetBuffer().AsSpan(0, 2) : [];
        DossierReadResult read;
        if (head is [(byte)'P', (byte)'K']) read = DossierWorkbook.Read(buffer);
        else if (Path.GetExtension(fileName).Equals(".xlsx", StringComparison.OrdinalIgnoreCase))
            throw new SeedbedValidationException("", "文件不是有效的 Excel 工作簿（.xlsx）");
        else read = DossierJson.Read(buffer);
        var dossier = read.OrThrow();
        await using var w = new Utf8JsonWriter(output, new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        AssessmentJson.WriteHeader(w, rules, date);
        var n = 0;
        foreach (var e in dossier.Enterprises)
        {
            ct.ThrowIfCancellationRequested();
            AssessmentJson.WriteResult(w, RuleEngine.Evaluate(FactsMapper.ToFacts(e), date, rules));
            if (++n % 1000 == 0)
            {
                await w.FlushAsync(ct);
                progress?.Report(new IntakeProgress("评估", n, dossier.Enterprises.Count));
            }
        }
        AssessmentJson.WriteFooter(w);
        await w.FlushAsync(ct);
        progress?.Report(new IntakeProgress("评估", n, n));
        return n;
    }
}
