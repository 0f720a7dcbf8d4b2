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
/// <remarks>
/// JSON is streamed in two passes over the input (docs/benchmarks.md): the first reads and validates every enterprise
/// (<see cref="DossierJsonStreaming.Validate"/>: every error, same texts and JSON paths as <see cref="DossierJson.Read"/>),
/// keeping only the USCCs; the second reads the enterprises again one at a time, evaluates each and writes its result
/// at once, in input order. Memory stays bounded by one enterprise plus the output buffer. A non-seekable input is first
/// copied to a temporary file. Workbooks (.xlsx) are still read into memory as a whole.
/// </remarks>
[UseCase]
public sealed class AssessFile
{
    public async Task<int> ExecuteAsync(Stream input, string fileName, string ruleSetId, DateOnly date, Stream output,
        IProgress<IntakeProgress>? progress = null, CancellationToken ct = default)
    {
        var rules = RuleSetCatalog.Get(ruleSetId, date);
        FileStream? spill = null;
        try
        {
            if (!input.CanSeek)
            {
                spill = new FileStream(Path.GetTempFileName(), FileMode.Open, FileAccess.ReadWrite, FileShare.None, 1 << 16, FileOptions.DeleteOnClose);
                await input.CopyToAsync(spill, ct);
                spill.Position = 0;
                input = spill;
            }
            var start = input.Position;
            var head = new byte[2];
            var got = await input.ReadAtLeastAsync(head, 2, throwOnEndOfStream: false, ct);
            input.Position = start;
            if (got == 2 && head is [(byte)'P', (byte)'K']) return await AssessWorkbookAsync(input, rules, date, output, progress, ct);
            if (Path.GetExtension(fileName).Equals(".xlsx", StringComparison.OrdinalIgnoreCase))
                throw new SeedbedValidationException("", "文件不是有效的 Excel 工作簿（.xlsx）");

            var check = DossierJsonStreaming.Validate(input, ct);
            if (!check.IsValid) throw new SeedbedValidationException(check.Issues);
            input.Position = start;
            return await WriteAsync(DossierJsonStreaming.Enterprises(input), check.Count, rules, date, output, progress, ct);
        }
        finally
        {
            if (spill is not null) await spill.DisposeAsync();
        }
    }

    private static async Task<int> AssessWorkbookAsync(Stream input, RuleSet rules, DateOnly date, Stream output,
        IProgress<IntakeProgress>? progress, CancellationToken ct)
    {
        var buffer = new MemoryStream();
        await input.CopyToAsync(buffer, ct);
        buffer.Position = 0;
        var dossier = DossierWorkbook.Read(buffer).OrThrow();
        return await WriteAsync(dossier.Enterprises, dossier.Enterprises.Count, rules, date, output, progress, ct);
    }

    private static async Task<int> WriteAsync(IEnumerable<DossierEnterprise> enterprises, int total, RuleSet rules, DateOnly date,
        Stream output, IProgress<IntakeProgress>? progress, CancellationToken ct)
    {
        await using var w = new Utf8JsonWriter(output, new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        AssessmentJson.WriteHeader(w, rules, date);
        var n = 0;
        foreach (var e in enterprises)
        {
            ct.ThrowIfCancellationRequested();
            AssessmentJson.WriteResult(w, RuleEngine.Evaluate(FactsMapper.ToFacts(e), date, rules));
            if (++n % 1000 == 0)
            {
                await w.FlushAsync(ct);
                progress?.Report(new IntakeProgress("评估", n, total));
            }
        }
        AssessmentJson.WriteFooter(w);
        await w.FlushAsync(ct);
        progress?.Report(new IntakeProgress("评估", n, n));
        return n;
    }
}
