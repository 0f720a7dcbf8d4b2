using Seedbed.Core.Common;

namespace Seedbed.Core.Intake;

/// <summary>One enterprise's accepted records: the enterprise row (when the file has one) and its child records.</summary>
internal sealed record IntakeUnit(string Uscc, DossierEnterprise Data, bool HasHead);

/// <summary>Validation of a whole file (single-record rules, then duplicates, references and jurisdictions) and the split
/// into accepted and rejected records.</summary>
internal static class IntakeValidator
{
    public const string HeadRejected = "所属企业行有误";
    public const string GroupRejected = "同一企业的其他记录有误";

    /// <param name="jurisdictions">Known jurisdiction names; null = not checked (reading a file without a database).</param>
    /// <param name="existingUsccs">USCCs of the database that child rows may refer to; null = no database.</param>
    public static void Validate(RawDossier raw, IReadOnlySet<string>? jurisdictions, IReadOnlySet<string>? existingUsccs,
        Action<int, int>? progress = null)
    {
        var total = raw.Records.Count;
        for (var i = 0; i < total; i++)
        {
            RecordParser.Parse(raw.Records[i]);
            if (i % 2000 == 1999) progress?.Invoke(i + 1, total);
        }
        var heads = new Dictionary<string, RawRecord>(StringComparer.Ordinal);
        var keys = new Dictionary<string, RawRecord>(StringComparer.Ordinal);
        var known = jurisdictions is null ? "" : string.Join("、", jurisdictions);
        foreach (var r in raw.Records.Where(r => r.Kind == RecordKind.Enterprise))
        {
            var e = (DossierEnterprise)r.Parsed!;
            if (e.Uscc.Length > 0 && !heads.TryAdd(e.Uscc, r))
                r.Fail("uscc", $"统一社会信用代码 {e.Uscc} 在文件中重复（{heads[e.Uscc].RowName}与{r.RowName}）");
            if (jurisdictions is not null && e.Jurisdiction.Length > 0 && !jurisdictions.Contains(e.Jurisdiction))
                r.Fail("jurisdiction", $"属地“{e.Jurisdiction}”不存在，应为以下之一：{known}");
        }
        var headUsccs = raw.Records.Where(r => r.Kind == RecordKind.Enterprise && r.Uscc is not null)
            .Select(r => r.Uscc!).ToHashSet(StringComparer.Ordinal);
        foreach (var r in raw.Records.Where(r => r.Kind != RecordKind.Enterprise))
        {
            var u = r.Uscc;
            if (u is null || !Rules.Registry.Uscc.IsValid(u)) continue;
            if (!r.UsccFromParent && !headUsccs.Contains(u) && existingUsccs?.Contains(u) != true)
                r.Fail("uscc", existingUsccs is null
                    ? $"统一社会信用代码 {u} 不在本文件的企业表中"
                    : $"统一社会信用代码 {u} 既不在本文件的企业表中，也不在企业库中");
            var key = r.Parsed switch
            {
                DossierYear y when y.Year != 0 => ("年度", $"{y.Year}"),
                DossierIp ip => ("知识产权", $"{ip.Kind}|{ip.Number}"),
                DossierQualification q => ("资质", $"{q.Kind}|{q.Number}"),
                _ => default,
            };
            if (key.Item1 is null) continue;
            var k = $"{r.Kind}|{u}|{key.Item2}";
            if (!keys.TryAdd(k, r))
                r.FailRow(r.Kind == RecordKind.Year
                    ? $"企业 {u} 的{key.Item2}年度数据在文件中重复（{keys[k].RowName}与{r.RowName}）"
                    : $"企业 {u} 的{key.Item1}“{key.Item2.Replace('|', ' ')}”在文件中重复（{keys[k].RowName}与{r.RowName}）");
        }
        progress?.Invoke(total, total);
    }

    public static IReadOnlyList<InputIssue> Issues(RawDossier raw) =>
        [.. raw.FileIssues, .. raw.Records.SelectMany(r => r.Issues)];

    /// <summary>Splits the records: a bad record is rejected; a bad enterprise row rejects its child rows;
    /// in JSON (records with a group) any bad record rejects the whole enterprise.</summary>
    public static (List<RawRecord> Accepted, List<(RawRecord Record, string Reason)> Rejected) Split(RawDossier raw)
    {
        var badGroups = raw.Records.Where(r => r.Group is not null && !r.IsValid).Select(r => r.Group!.Value).ToHashSet();
        var badHeadGroups = raw.Records.Where(r => r.Kind == RecordKind.Enterprise && r.Group is not null && !r.IsValid)
            .Select(r => r.Group!.Value).ToHashSet();
        var goodHeads = raw.Records.Where(r => r.Kind == RecordKind.Enterprise && r.IsValid && r.Uscc is not null)
            .Select(r => r.Uscc!).ToHashSet(StringComparer.Ordinal);
        var badHeads = raw.Records.Where(r => r.Kind == RecordKind.Enterprise && !r.IsValid && r.Uscc is not null && !goodHeads.Contains(r.Uscc))
            .Select(r => r.Uscc!).ToHashSet(StringComparer.Ordinal);
        var accepted = new List<RawRecord>();
        var rejected = new List<(RawRecord, string)>();
        foreach (var r in raw.Records)
        {
            if (!r.IsValid) rejected.Add((r, string.Join("；", r.Issues.Select(i => i.Message))));
            else if (r.Group is { } g && badGroups.Contains(g))
                rejected.Add((r, r.Kind != RecordKind.Enterprise && badHeadGroups.Contains(g) ? HeadRejected : GroupRejected));
            else if (r.Kind != RecordKind.Enterprise && r.Uscc is { } u && badHeads.Contains(u)) rejected.Add((r, HeadRejected));
            else accepted.Add(r);
        }
        return (accepted, rejected);
    }

    /// <summary>Groups accepted records by USCC (file order); child rows of an enterprise only in the database form a unit without head.</summary>
    public static List<IntakeUnit> Assemble(IEnumerable<RawRecord> accepted)
    {
        var order = new List<string>();
        var heads = new Dictionary<string, DossierEnterprise>(StringComparer.Ordinal);
        var children = new Dictionary<string, List<object>>(StringComparer.Ordinal);
        foreach (var r in accepted)
        {
            var u = r.Uscc!;
            if (!children.TryGetValue(u, out var list)) { order.Add(u); children[u] = list = []; }
            if (r.Kind == RecordKind.Enterprise) heads.TryAdd(u, (DossierEnterprise)r.Parsed!);
            else list.Add(r.Parsed!);
        }
        return order.Select(u =>
        {
            var c = children[u];
            var head = heads.GetValueOrDefault(u);
            var data = (head ?? new DossierEnterprise { Uscc = u, Name = "", Jurisdiction = "" }) with
            {
                Years = [.. c.OfType<DossierYear>()], Ip = [.. c.OfType<DossierIp>()],
                Qualifications = [.. c.OfType<DossierQualification>()], Incidents = [.. c.OfType<DossierIncident>()],
                Standards = [.. c.OfType<DossierStandard>()], Awards = [.. c.OfType<DossierAward>()],
                RdInstitutions = [.. c.OfType<DossierRdInstitution>()],
            };
            return new IntakeUnit(u, data, head is not null);
        }).ToList();
    }
}
