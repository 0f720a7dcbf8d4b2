using System.Globalization;
using Seedbed.Core.Common;
using Seedbed.Rules.Sunrise;

namespace Seedbed.Core.Sunrise;

/// <summary>The Sunrise scorecards and monitoring rules shipped with Seedbed (rules/sunrise-*.json, embedded).</summary>
public static class SunriseCatalog
{
    private static readonly Lazy<(IReadOnlyList<Scorecard> Cards, IReadOnlyList<MonitoringRules> Monitoring)> Loaded = new(Load);

    public static IReadOnlyList<Scorecard> Scorecards => Loaded.Value.Cards;

    /// <summary>The monitoring rules in force: the highest version.</summary>
    public static MonitoringRules Monitoring => Loaded.Value.Monitoring.MaxBy(m => m.Version)!;

    public static Scorecard Scorecard(string id, int version) =>
        Scorecards.FirstOrDefault(s => s.Id == id && s.Version == version)
        ?? throw new SeedbedValidationException("scorecard", $"未找到评分表 {id} 第{version.ToString(CultureInfo.InvariantCulture)}版，可用：{string.Join("、", Scorecards.Select(s => s.Key))}");

    private static (IReadOnlyList<Scorecard>, IReadOnlyList<MonitoringRules>) Load()
    {
        var asm = typeof(SunriseCatalog).Assembly;
        var cards = new List<Scorecard>();
        var monitoring = new List<MonitoringRules>();
        foreach (var name in asm.GetManifestResourceNames().Where(n => n.StartsWith("sunrise/", StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            using var s = asm.GetManifestResourceStream(name)!;
            using var r = new StreamReader(s);
            var json = r.ReadToEnd();
            if (name.StartsWith("sunrise/sunrise-scorecard-", StringComparison.Ordinal)) cards.Add(Rules.Sunrise.Scorecard.Parse(json));
            else if (name.StartsWith("sunrise/sunrise-monitoring", StringComparison.Ordinal)) monitoring.Add(MonitoringRules.Parse(json));
        }
        return (cards, monitoring);
    }
}

/// <summary>Who may do what in the Sunrise use cases, decided from the data layer's session (scope and audit actor).</summary>
internal static class SunriseAccess
{
    /// <summary>Bureau-wide work (calls, assignments, ranking, approval): only a session that sees every enterprise.</summary>
    public static void RequireBureau(Data.SeedbedDb db)
    {
        if (!db.Scope.All) throw new Accounts.ScopeViolationException("无权访问旭日计划的评审管理");
    }

    public static Common.SeedbedValidationException NotFound(string what = "申请") => new("id", $"未找到该{what}");
}

/// <summary>What an application still lacks before it can go to review (Chinese field names).</summary>
public static class SunriseCompleteness
{
    public const int MinDescription = 20;

    public static IReadOnlyList<string> Missing(SunriseApplication a)
    {
        var m = new List<string>();
        if (a.DataYear is null) m.Add("数据年度");
        if (a.Revenue is null) m.Add("最近年度营业收入");
        if (a.RevenueGrowth is null) m.Add("营业收入增长率");
        if (a.RdExpense is null) m.Add("研发费用");
        if (a.Staff is null) m.Add("职工人数");
        if (a.IpCount is null) m.Add("知识产权数量");
        if (a.Financing is null) m.Add("近一年融资金额");
        if (string.IsNullOrWhiteSpace(a.Description)) m.Add("企业简介");
        else if (a.Description.Trim().Length < MinDescription) m.Add($"企业简介（至少{MinDescription.ToString(CultureInfo.InvariantCulture)}字）");
        return m;
    }
}
