using System.Globalization;

namespace Seedbed.Core.Demo;

/// <summary>Word lists for fictitious but plausible enterprise and person names of the demo district.</summary>
internal static class DemoNames
{
    private static readonly string[] Brands =
    [
        "云帆", "数联", "星河", "智创", "恒信", "博远", "新禾", "启明", "汇智", "微澜", "天衡", "锐思", "青松", "卓越", "瀚海", "远景",
        "凌云", "通达", "华岳", "铭泰", "睿达", "鼎新", "拓维", "聚力", "同辉", "元素", "嘉禾", "中和", "安迅", "合众", "运河", "宸桥",
        "墨客", "观澜", "致远", "明德", "科瑞", "光合", "九章", "天枢", "若水", "知行", "万象", "晨曦", "峰越", "鸿鹄", "云栖", "北辰",
        "蓝海", "金桥", "德润", "华瑞", "易联", "优拓", "思源", "弘毅", "立方", "极光", "昆仑", "翰林", "书香", "百川", "正和", "泽众",
    ];

    private static readonly (string Words, string Field, string Industry)[] Trades =
    [
        ("软件", "101", "I6513"), ("信息技术", "503", "I6531"), ("网络科技", "103", "I6450"), ("通信技术", "104", "I6319"),
        ("电子商务", "506", "I6434"), ("智能科技", "804", "C3490"), ("自动化设备", "801", "C4011"), ("仪器仪表", "803", "C4021"),
        ("生物科技", "201", "M7340"), ("医疗器械", "205", "C3581"), ("新材料", "403", "C2651"), ("环保科技", "703", "N7724"),
        ("检测技术", "502", "M7452"), ("设计研发", "501", "M7491"), ("能源科技", "604", "M7514"), ("电气", "806", "C3823"),
        ("数据服务", "503", "I6550"), ("物联网技术", "103", "I6450"), ("文化创意", "508", "R8710"), ("汽车电子", "807", "C3670"),
    ];

    private static readonly (string Words, string Industry)[] PlainTrades =
    [
        ("贸易", "F5179"), ("餐饮管理", "H6210"), ("物业管理", "K7020"), ("建材", "F5165"), ("服装", "C1810"),
        ("印刷", "C2319"), ("物流", "G5990"), ("装饰工程", "E5010"), ("商务咨询", "L7239"), ("食品", "C1499"),
    ];

    private static readonly string[] Surnames = ["王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙", "朱", "胡", "沈", "钱", "楼", "俞", "金", "方"];
    private static readonly string[] Given = ["伟", "芳", "娜", "敏", "静", "强", "磊", "军", "洋", "勇", "艳", "杰", "涛", "明", "超", "秀英", "晓东", "建华", "海燕", "志强", "丽萍", "文博", "思远", "一帆"];

    public static (string Name, string? Field, string Industry) TechEnterprise(Random r, HashSet<string> used)
    {
        var t = Trades[r.Next(Trades.Length)];
        return (Unique(r, used, t.Words), t.Field, t.Industry);
    }

    public static (string Name, string Industry) PlainEnterprise(Random r, HashSet<string> used)
    {
        var t = PlainTrades[r.Next(PlainTrades.Length)];
        return (Unique(r, used, t.Words), t.Industry);
    }

    private static string Unique(Random r, HashSet<string> used, string trade)
    {
        for (var i = 0; ; i++)
        {
            var brand = Brands[r.Next(Brands.Length)] + (i < 3 ? "" : Brands[r.Next(Brands.Length)]);
            var name = $"杭州{brand}{trade}有限公司";
            if (used.Add(name)) return name;
        }
    }

    public static string Person(Random r) => Surnames[r.Next(Surnames.Length)] + Given[r.Next(Given.Length)];

    public static string Phone(Random r) => r.Next(2) == 0
        ? "0571-8" + r.Next(1000000, 9999999).ToString(CultureInfo.InvariantCulture)
        : "13" + r.Next(0, 10).ToString(CultureInfo.InvariantCulture) + r.Next(10000000, 99999999).ToString(CultureInfo.InvariantCulture);

    private static readonly string[] Roads = ["莫干山路", "湖州街", "丰潭路", "上塘路", "沈半路", "祥园路", "康桥路", "登云路", "大关路", "湖墅南路", "台州路", "金华路"];

    public static string Address(Random r, string jurisdiction) => jurisdiction == "园区"
        ? $"杭州市拱墅区北部软件园{Roads[r.Next(Roads.Length)]}{r.Next(1, 400)}号{r.Next(1, 20)}幢"
        : $"杭州市拱墅区{jurisdiction}街道{Roads[r.Next(Roads.Length)]}{r.Next(1, 900)}号";
}
