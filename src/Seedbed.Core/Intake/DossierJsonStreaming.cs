using System.Text.Json;
using Seedbed.Core.Common;

namespace Seedbed.Core.Intake;

/// <summary>The result of validating a dossier stream: the number of enterprise elements and every problem found.</summary>
public sealed record DossierStreamCheck(int Count, IReadOnlyList<InputIssue> Issues)
{
    public bool IsValid => Issues.Count == 0;
}

/// <summary>
/// The dossier JSON read enterprise by enterprise, in bounded memory (for <c>seedbed assess</c> on large files).
/// <see cref="Validate"/> reports exactly the problems <see cref="DossierJson.Read"/> reports, in the same order and with the
/// same JSON paths (same per-record parsing; the cross-record checks — duplicate USCCs, duplicate years, IP and
/// qualifications — are kept per USCC); <see cref="Enterprises"/> then yields the enterprises of a valid stream.
/// Difference: a root object with the <c>enterprises</c> property twice is an error here (whole-document reading used the last one).
/// </summary>
public static class DossierJsonStreaming
{
    /// <summary>Reads the whole stream once, validating every enterprise; keeps per enterprise only its USCC and position.</summary>
    public static DossierStreamCheck Validate(Stream input, CancellationToken ct = default)
    {
        var reader = new DossierJsonReader(input);
        var issues = new List<InputIssue>();
        var heads = new Dictionary<string, (int Index, long Offset, int Length)>(StringComparer.Ordinal);
        Dictionary<string, Dictionary<string, string>>? sharedKeys = null;
        try
        {
            while (reader.Next() is { } doc)
            {
                ct.ThrowIfCancellationRequested();
                var i = reader.Count - 1;
                RawDossier raw;
                using (doc) raw = ReadOne(doc.RootElement, i);
                foreach (var r in raw.Records) RecordParser.Parse(r);
                var head = raw.Records[0];
                var e = (DossierEnterprise)head.Parsed!;
                Dictionary<string, string>? keys = null;
                if (e.Uscc.Length > 0)
                {
                    if (heads.TryGetValue(e.Uscc, out var first))
                    {
                        head.Fail("uscc", $"统一社会信用代码 {e.Uscc} 在文件中重复（enterprises[{first.Index}]与{head.RowName}）");
                        // the child keys of earlier objects with this USCC: re-read the first one from the stream (rare: the file is invalid anyway)
                        sharedKeys ??= new(StringComparer.Ordinal);
                        if (!sharedKeys.TryGetValue(e.Uscc, out keys))
                            sharedKeys[e.Uscc] = keys = KeysOf(input, first.Index, first.Offset, first.Length);
                    }
                    else heads.Add(e.Uscc, (i, reader.LastOffset, reader.LastLength));
                }
                CheckChildKeys(raw, keys ?? new Dictionary<string, string>(StringComparer.Ordinal));
                foreach (var r in raw.Records) issues.AddRange(r.Issues);
            }
        }
        catch (JsonException ex)
        {
            return new(reader.Count, [new InputIssue("", $"文件不是有效的 JSON（第{ex.LineNumber + 1}行附近有语法错误）")]);
        }
        var fileIssues = reader.FileIssues();
        return fileIssues.Count > 0 ? new(reader.Count, fileIssues) : new(reader.Count, issues);
    }

    /// <summary>The enterprises of a stream that <see cref="Validate"/> found valid, in input order, one at a time.</summary>
    public static IEnumerable<DossierEnterprise> Enterprises(Stream input)
    {
        var reader = new DossierJsonReader(input);
        while (reader.Next() is { } doc)
        {
            RawDossier raw;
            using (doc) raw = ReadOne(doc.RootElement, reader.Count - 1);
            foreach (var r in raw.Records) RecordParser.Parse(r);
            if (raw.Records.Any(r => !r.IsValid)) throw new SeedbedValidationException(raw.Records.SelectMany(r => r.Issues).ToList());
            yield return IntakeValidator.Assemble(raw.Records).Single().Data;
        }
    }

    private static RawDossier ReadOne(JsonElement e, int i)
    {
        var raw = new RawDossier();
        DossierJson.ReadEnterprise(raw, e, i);
        return raw;
    }

    /// <summary>The duplicate checks of <see cref="IntakeValidator.Validate"/> for the child records of one enterprise object;
    /// <paramref name="keys"/> holds the keys seen so far for its USCC.</summary>
    private static void CheckChildKeys(RawDossier raw, Dictionary<string, string> keys)
    {
        foreach (var r in raw.Records)
        {
            if (r.Kind == RecordKind.Enterprise) continue;
            var u = r.Uscc;
            if (u is null || !Rules.Registry.Uscc.IsValid(u)) continue;
            var key = r.Parsed switch
            {
                DossierYear y when y.Year != 0 => ("年度", $"{y.Year}"),
                DossierIp ip => ("知识产权", $"{ip.Kind}|{ip.Number}"),
                DossierQualification q => ("资质", $"{q.Kind}|{q.Number}"),
                _ => default,
            };
            if (key.Item1 is null) continue;
            var k = $"{r.Kind}|{u}|{key.Item2}";
            if (!keys.TryAdd(k, r.RowName))
                r.FailRow(r.Kind == RecordKind.Year
                    ? $"企业 {u} 的{key.Item2}年度数据在文件中重复（{keys[k]}与{r.RowName}）"
                    : $"企业 {u} 的{key.Item1}“{key.Item2.Replace('|', ' ')}”在文件中重复（{keys[k]}与{r.RowName}）");
        }
    }

    private static Dictionary<string, string> KeysOf(Stream input, int index, long offset, int length)
    {
        var keys = new Dictionary<string, string>(StringComparer.Ordinal);
        var position = input.Position;
        try
        {
            var bytes = new byte[length];
            input.Position = offset;
            input.ReadExactly(bytes);
            using var doc = JsonDocument.Parse(bytes, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip });
            var raw = ReadOne(doc.RootElement, index);
            foreach (var r in raw.Records) RecordParser.Parse(r);
            CheckChildKeys(raw, keys);
        }
        finally
        {
            input.Position = position;
        }
        return keys;
    }
}
