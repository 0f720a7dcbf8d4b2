namespace Seedbed.Rules.Registry;

/// <summary>
/// 《国家重点支持的高新技术领域》 (国科发火〔2016〕32号 附件): 8 top-level and 52 second-level fields.
/// The numeric codes (101…809) are the convention of rules-reference.md §1.8.
/// </summary>
public static class HightechFields
{
    /// <summary>Stored value for an enterprise explicitly outside the fields (dossier: <c>null</c>).</summary>
    public const string None = "none";

    public static readonly IReadOnlyDictionary<string, string> TopLevel = new Dictionary<string, string>
    {
        ["1"] = "电子信息", ["2"] = "生物与新医药", ["3"] = "航空航天", ["4"] = "新材料",
        ["5"] = "高技术服务", ["6"] = "新能源与节能", ["7"] = "资源与环境", ["8"] = "先进制造与自动化",
    };

    public static readonly IReadOnlyDictionary<string, string> SecondLevel = new Dictionary<string, string>
    {
        ["101"] = "软件", ["102"] = "微电子技术", ["103"] = "计算机产品及其网络应用技术", ["104"] = "通信技术",
        ["105"] = "广播影视技术", ["106"] = "新型电子元器件", ["107"] = "信息安全技术", ["108"] = "智能交通和轨道交通技术",
        ["201"] = "医药生物技术", ["202"] = "中药、天然药物", ["203"] = "化学药研发技术", ["204"] = "药物新剂型与制剂创制技术",
        ["205"] = "医疗仪器、设备与医学专用软件", ["206"] = "轻工和化工生物技术", ["207"] = "农业生物技术",
        ["301"] = "航空技术", ["302"] = "航天技术",
        ["401"] = "金属材料", ["402"] = "无机非金属材料", ["403"] = "高分子材料", ["404"] = "生物医用材料",
        ["405"] = "精细和专用化学品", ["406"] = "与文化艺术产业相关的新材料",
        ["501"] = "研发与设计服务", ["502"] = "检验检测认证与标准服务", ["503"] = "信息技术服务", ["504"] = "高技术专业化服务",
        ["505"] = "知识产权与成果转化服务", ["506"] = "电子商务与现代物流技术", ["507"] = "城市管理与社会服务", ["508"] = "文化创意产业支撑技术",
        ["601"] = "可再生清洁能源", ["602"] = "核能及氢能", ["603"] = "新型高效能量转换与储存技术", ["604"] = "高效节能技术",
        ["701"] = "水污染控制与水资源利用技术", ["702"] = "大气污染控制技术", ["703"] = "固体废弃物处置与综合利用技术",
        ["704"] = "物理性污染防治技术", ["705"] = "环境监测及环境事故应急处理技术", ["706"] = "生态环境建设与保护技术",
        ["707"] = "清洁生产技术", ["708"] = "资源勘查、高效开采与综合利用技术",
        ["801"] = "工业生产过程控制系统", ["802"] = "安全生产技术", ["803"] = "高性能、智能化仪器仪表", ["804"] = "先进制造工艺与装备",
        ["805"] = "新型机械", ["806"] = "电力系统与设备", ["807"] = "汽车及轨道车辆相关技术",
        ["808"] = "高技术船舶与海洋工程装备设计制造技术", ["809"] = "传统文化产业改造技术",
    };

    public static bool IsValidCode(string? code) => code is not null && SecondLevel.ContainsKey(code);

    /// <summary>Label for display: "101 软件", "不属于重点领域" for <see cref="None"/>, "未知" for null.</summary>
    public static string Describe(string? code) => code switch
    {
        null => "未知",
        None => "不属于重点领域",
        _ when SecondLevel.TryGetValue(code, out var n) => $"{code} {n}",
        _ => code,
    };
}
