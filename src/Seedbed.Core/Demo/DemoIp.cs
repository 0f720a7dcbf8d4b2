using System.Globalization;
using Seedbed.Core.Enterprises;

namespace Seedbed.Core.Demo;

/// <summary>IP registers for demo enterprises: HNTEs hold core IP granted before their first certificate.</summary>
internal static class DemoIp
{
    public static void Add(Random r, Enterprise e, Archetype kind, int certYear)
    {
        var from = Math.Max(2010, e.RegisteredOn!.Value.Year);
        switch (kind)
        {
            case Archetype.Hnte:
                var before = Math.Max(from, certYear - 1);
                Items(r, e, "invention-patent", r.Next(1, 4), from, before, certYear, usedOnce: false);
                Items(r, e, "utility-model", r.Next(1, 8), from, before, certYear, usedOnce: true);
                Items(r, e, "software-copyright", r.Next(0, 6), from, 2020, certYear, usedOnce: true);
                break;
            case Archetype.Candidate:
                Items(r, e, "invention-patent", r.Next(0, 3), from, 2020, 0, false);
                Items(r, e, "utility-model", r.Next(2, 7), from, 2020, 0, false);
                Items(r, e, "software-copyright", r.Next(0, 5), from, 2020, 0, false);
                break;
            case Archetype.NearThreshold when r.NextDouble() < 0.25: // no eligible IP: pending, or licensed only
                Items(r, e, "invention-patent", 1, 2019, 2020, 0, false, status: "pending");
                Items(r, e, "utility-model", 1, 2018, 2020, 0, false, acquisition: "license");
                break;
            case Archetype.NearThreshold:
                Items(r, e, "utility-model", r.Next(1, 4), from, 2020, 0, false);
                Items(r, e, "software-copyright", r.Next(1, 4), from, 2020, 0, false);
                break;
            case Archetype.TechSme:
                if (r.NextDouble() < 0.15) Items(r, e, "invention-patent", 1, from, 2020, 0, false);
                if (r.NextDouble() < 0.5) Items(r, e, r.NextDouble() < 0.5 ? "software-copyright" : "utility-model", r.Next(1, 6), from, 2020, 0, false);
                if (r.NextDouble() < 0.1) Items(r, e, "invention-patent", 1, 2019, 2020, 0, false, status: "pending");
                break;
            default:
                if (r.NextDouble() < 0.1) Items(r, e, "trademark", 1, from, 2020, 0, false);
                break;
        }
    }

    private static void Items(Random r, Enterprise e, string kind, int count, int from, int to, int certYear, bool usedOnce,
        string status = "granted", string? acquisition = null)
    {
        for (var i = 0; i < count; i++)
        {
            var year = from + r.Next(Math.Max(1, to - from + 1));
            var granted = new DateOnly(Math.Min(year, 2020), 1 + r.Next(12), 1 + r.Next(28));
            var number = Number(r, kind, year - 1, e.IpItems.Count);
            e.IpItems.Add(new IpItem
            {
                Kind = kind, Number = number, Status = status,
                Title = kind == "trademark" ? "注册商标" : $"一种{Subjects[r.Next(Subjects.Length)]}",
                GrantedOn = status == "granted" ? granted : null,
                Acquisition = acquisition ?? (r.NextDouble() < 0.85 ? "own" : "assignment"),
                UsedInHnteYear = usedOnce && certYear > 0 && granted.Year < certYear && r.NextDouble() < 0.7 ? certYear : null,
            });
        }
    }

    private static readonly string[] Subjects =
    [
        "数据同步方法及系统", "智能终端控制装置", "图像识别方法", "物联网网关", "分布式存储系统", "电池管理装置",
        "检测设备", "自动化生产线", "医疗影像处理方法", "环保处理装置", "新型复合材料制备方法", "云平台调度方法",
    ];

    private static string Number(Random r, string kind, int year, int index)
    {
        var y = year.ToString(CultureInfo.InvariantCulture);
        var n = (r.Next(1_000_000, 9_999_999) + index).ToString(CultureInfo.InvariantCulture);
        return kind switch
        {
            "invention-patent" => $"ZL{y}1{n}.{r.Next(10).ToString(CultureInfo.InvariantCulture)}",
            "utility-model" => $"ZL{y}2{n}.{r.Next(10).ToString(CultureInfo.InvariantCulture)}",
            "design-patent" => $"ZL{y}3{n}.{r.Next(10).ToString(CultureInfo.InvariantCulture)}",
            "software-copyright" => $"{y}SR{n}",
            _ => $"第{n}号",
        };
    }
}
