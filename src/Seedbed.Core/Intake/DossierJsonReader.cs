using System.Text.Json;
using Seedbed.Core.Common;

namespace Seedbed.Core.Intake;

/// <summary>
/// Reads a dossier JSON (<c>seedbed.dossier/1</c>) from a stream one enterprise object at a time: a <see cref="Utf8JsonReader"/>
/// over a buffer that grows only as far as the largest single enterprise object needs, and a <see cref="JsonDocument"/>
/// per enterprise (disposed by the caller). The root-level problems of <see cref="DossierJson.Read"/> are reported with the
/// same texts (<see cref="FileIssues"/>, available at the end); a syntax error anywhere throws <see cref="JsonException"/>.
/// Memory is bounded by the largest enterprise object, not by the file.
/// </summary>
internal sealed class DossierJsonReader(Stream stream)
{
    private static readonly JsonReaderOptions Options = new() { CommentHandling = JsonCommentHandling.Skip };
    private enum Phase { Start, Root, Array, SkipRest, Done }
    private enum Step { NeedMore, Progress, ProgressThenMore, Document }

    private byte[] _buf = new byte[1 << 16];
    private int _start, _end;
    private bool _final, _started;
    private long _bufOffset;
    private JsonReaderState _state = new(Options);
    private Phase _phase;
    private bool _rootNotObject, _enterprisesIsArray, _enterprisesSeen, _enterprisesRepeated;
    private string? _schemaIssue = $"缺少 schema，应为“{Dossier.Schema}”";
    private readonly List<InputIssue> _elementIssues = [];

    /// <summary>Number of elements of the enterprises array read so far (the index of the next one).</summary>
    public int Count { get; private set; }
    /// <summary>Stream offset and length of the last enterprise object returned.</summary>
    public long LastOffset { get; private set; }
    public int LastLength { get; private set; }

    /// <summary>The problems of the file as a whole, in the order <see cref="DossierJson.Read"/> reports them (complete at the end).</summary>
    public List<InputIssue> FileIssues()
    {
        if (_rootNotObject) return [new("", "JSON 顶层应为对象：{ \"schema\": \"seedbed.dossier/1\", \"enterprises\": [ … ] }")];
        var list = new List<InputIssue>();
        if (_schemaIssue is not null) list.Add(new("schema", _schemaIssue));
        if (_enterprisesRepeated) list.Add(new("enterprises", "enterprises 出现了多次，只能有一个 enterprises 数组"));
        else if (!_enterprisesIsArray) { list.Add(new("enterprises", "缺少 enterprises 数组")); return list; }
        list.AddRange(_elementIssues);
        return list;
    }

    /// <summary>The next enterprise object (its index is <see cref="Count"/> − 1), or null at the end of the file.</summary>
    public JsonDocument? Next()
    {
        while (true)
        {
            if (_phase == Phase.Done) return null;
            if (!_started) { Fill(); _started = true; }
            var r = new Utf8JsonReader(_buf.AsSpan(_start, _end - _start), _final, _state);
            var step = Advance(ref r, out var doc);
            if (step == Step.NeedMore)
            {
                if (_final) throw new JsonException("意外的文件结尾");
                Fill();
                continue;
            }
            _start += (int)r.BytesConsumed;
            _state = r.CurrentState;
            if (step == Step.Document) return doc;
            if (step == Step.ProgressThenMore) Fill();
        }
    }

    private Step Advance(ref Utf8JsonReader r, out JsonDocument? doc)
    {
        doc = null;
        switch (_phase)
        {
            case Phase.Start:
                if (!r.Read()) return Step.NeedMore;
                if (r.TokenType == JsonTokenType.StartObject) { _phase = Phase.Root; return Step.Progress; }
                _rootNotObject = true;
                _phase = Phase.SkipRest;
                return Step.Progress;
            case Phase.Root:
                {
                    if (!r.Read()) return Step.NeedMore;
                    if (r.TokenType == JsonTokenType.EndObject) { _phase = Phase.SkipRest; return Step.Progress; }
                    var enterprises = r.ValueTextEquals("enterprises"u8);
                    var schema = !enterprises && r.ValueTextEquals("schema"u8);
                    if (!r.Read()) return Step.NeedMore;
                    if (enterprises)
                    {
                        if (_enterprisesSeen) _enterprisesRepeated = true;
                        _enterprisesSeen = true;
                        if (r.TokenType == JsonTokenType.StartArray) { _enterprisesIsArray = true; _phase = Phase.Array; return Step.Progress; }
                        _enterprisesIsArray = false;
                        return r.TrySkip() ? Step.Progress : Step.NeedMore;
                    }
                    if (schema)
                    {
                        var copy = r;
                        if (!copy.TrySkip()) return Step.NeedMore;
                        using var s = JsonDocument.ParseValue(ref r);
                        var v = s.RootElement;
                        _schemaIssue = v.ValueKind != JsonValueKind.String || v.GetString() != Dossier.Schema
                            ? $"schema 应为“{Dossier.Schema}”，实际为 {v.GetRawText()}" : null;
                        return Step.Progress;
                    }
                    return r.TrySkip() ? Step.Progress : Step.NeedMore;
                }
            case Phase.Array:
                {
                    if (!r.Read()) return Step.NeedMore;
                    if (r.TokenType == JsonTokenType.EndArray) { _phase = Phase.Root; return Step.Progress; }
                    if (r.TokenType != JsonTokenType.StartObject)
                    {
                        if (!r.TrySkip()) return Step.NeedMore;
                        _elementIssues.Add(new($"enterprises[{Count}]", "应为对象"));
                        Count++;
                        return Step.Progress;
                    }
                    var copy = r;
                    if (!copy.TrySkip()) return Step.NeedMore;
                    LastOffset = _bufOffset + _start + r.TokenStartIndex;
                    var begin = r.TokenStartIndex;
                    doc = JsonDocument.ParseValue(ref r);
                    LastLength = (int)(r.BytesConsumed - begin);
                    Count++;
                    return Step.Document;
                }
            default:
                // after the root value (or inside a root that is not an object): read to the end so that a syntax error
                // anywhere is still reported, as when the whole document is parsed
                while (r.Read()) { }
                if (!_final) return Step.ProgressThenMore;
                _phase = Phase.Done;
                return Step.Progress;
        }
    }

    private void Fill()
    {
        if (_start > 0)
        {
            Buffer.BlockCopy(_buf, _start, _buf, 0, _end - _start);
            _bufOffset += _start;
            _end -= _start;
            _start = 0;
        }
        if (_end == _buf.Length) Array.Resize(ref _buf, _buf.Length * 2);
        while (_end < _buf.Length)
        {
            var n = stream.Read(_buf, _end, _buf.Length - _end);
            if (n == 0) { _final = true; break; }
            _end += n;
        }
        if (!_started && _end >= 3 && _buf[0] == 0xEF && _buf[1] == 0xBB && _buf[2] == 0xBF) { _start = 3; }
    }
}
