namespace Seedbed.Rules.Registry;

/// <summary>A closed list of codes with Chinese labels, as used in the dossier contract.</summary>
public sealed class Vocabulary(string name, params (string Code, string Label)[] items)
{
    public string Name { get; } = name;
    public IReadOnlyList<(string Code, string Label)> Items { get; } = items;
    public bool Contains(string code) => Items.Any(i => i.Code == code);
    public string LabelOf(string code) => Items.FirstOrDefault(i => i.Code == code).Label ?? code;
    /// <summary>Accepts a code or its Chinese label; returns the code, or null when unknown.</summary>
    public string? Parse(string text)
    {
        var t = text.Trim();
        foreach (var (code, label) in Items)
            if (code == t || label == t) return code;
        return null;
    }
    public string Describe() => string.Join("、", Items.Select(i => i.Label));
}

/// <summary>The closed lists of assessment-contract §1.</summary>
public static class Vocabularies
{
    public static readonly Vocabulary IpStatus = new("知识产权状态",
        ("granted", "已授权"), ("pending", "申请中"), ("expired", "已失效"), ("invalid", "无效"));
    public static readonly Vocabulary IpAcquisition = new("获得方式",
        ("own", "自主研发"), ("assignment", "受让"), ("gift", "受赠"), ("merger", "并购"), ("license", "许可"));
    public static readonly Vocabulary QualificationKind = new("资质类型",
        ("hnte", "国家高新技术企业"), ("tech-sme", "科技型中小企业"), ("zj-tech-sme", "浙江省科技型中小企业"),
        ("hz-hnte", "杭州市高新技术企业"), ("sunrise", "旭日计划企业"));
    public static readonly Vocabulary IncidentKind = new("事件类型",
        ("major-safety", "重大安全事故"), ("major-quality", "重大质量事故"), ("serious-environmental", "严重环境违法"),
        ("serious-dishonesty", "严重失信"), ("abnormal-operation-list", "经营异常名录"));
    public static readonly Vocabulary StandardLevel = new("标准级别",
        ("international", "国际标准"), ("national", "国家标准"), ("industry", "行业标准"));
    public static readonly Vocabulary StandardRole = new("参与方式", ("lead", "主导"), ("participant", "参与"));
    public static readonly Vocabulary AwardLevel = new("奖项级别", ("national", "国家级"), ("provincial", "省级"));
    public static readonly Vocabulary InstitutionLevel = new("研发机构级别",
        ("national", "国家级"), ("provincial", "省级"), ("municipal", "市级"));
    public static readonly Vocabulary Grade = new("评价等级", ("A", "A"), ("B", "B"), ("C", "C"), ("D", "D"), ("E", "E"));
}
