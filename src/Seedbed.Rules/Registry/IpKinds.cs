namespace Seedbed.Rules.Registry;

public enum IpClass { None = 0, One = 1, Two = 2 }

/// <summary>IP kinds of the dossier contract (assessment-contract §1) and their HNTE/SME class.</summary>
public static class IpKinds
{
    public static readonly IReadOnlyList<(string Code, string Name, IpClass Class)> All =
    [
        ("invention-patent", "发明专利", IpClass.One),
        ("defense-patent", "国防专利", IpClass.One),
        ("plant-variety", "植物新品种", IpClass.One),
        ("crop-variety", "国家级农作物品种", IpClass.One),
        ("new-drug", "国家新药", IpClass.One),
        ("tcm-protected-1", "国家一级中药保护品种", IpClass.One),
        ("ic-layout", "集成电路布图设计专有权", IpClass.One),
        ("utility-model", "实用新型专利", IpClass.Two),
        ("design-patent", "外观设计专利", IpClass.Two),
        ("software-copyright", "软件著作权", IpClass.Two),
        ("trademark", "商标", IpClass.None),
    ];

    public static bool IsKnown(string code) => All.Any(k => k.Code == code);
    public static IpClass ClassOf(string code) => All.FirstOrDefault(k => k.Code == code).Class;
    public static string NameOf(string code) => All.FirstOrDefault(k => k.Code == code).Name ?? code;
}
