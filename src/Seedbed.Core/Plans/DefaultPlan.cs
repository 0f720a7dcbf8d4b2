using static Seedbed.Core.Plans.ActualSources;
using static Seedbed.Core.Plans.TargetKinds;

namespace Seedbed.Core.Plans;

/// <summary>
/// The default plan: 《拱墅区高新技术企业培育三年行动方案（2018-2020年）》 — the task table (附件, per jurisdiction) and
/// every numeric goal of the document, each with its clause. Targets the document does not state per year are
/// derived as written in <see cref="PlanIndicator.Note"/> (docs/plan.md).
/// </summary>
public static class DefaultPlan
{
    public const string Code = "gongshu-2018-2020";
    private static readonly int[] PlanYears = [2018, 2019, 2020];

    public static Plan Build(string actor, DateTime now)
    {
        var plan = new Plan
        {
            Code = Code, Name = "拱墅区高新技术企业培育三年行动方案（2018-2020年）", BaselineYear = 2017, FirstYear = 2018, LastYear = 2020,
            SourceDocument = "杭州市拱墅区人民政府办公室关于印发拱墅区高新技术企业培育三年行动方案（2018-2020年）的通知（2018年6月1日）",
            IssuingOffice = "拱墅区科学技术局", CreatedAt = now, CreatedBy = actor,
        };
        var order = 0;
        PlanIndicator Add(string code, string name, string unit, string source, string? metric, decimal? baseline, string clause, string? note = null)
        {
            var i = new PlanIndicator
            {
                Code = code, Name = name, Unit = unit, ActualSource = source, Metric = metric, Baseline = baseline,
                SourceClause = clause, Note = note, SortOrder = ++order,
            };
            plan.Indicators.Add(i);
            return i;
        }

        var hnte = Add("hnte", "国家高新技术企业", "家", Computed, PlanMetrics.Hnte, GongshuTargetTable.Rows[0].Baseline2017,
            "一、培育目标：我区“国高企”的数量到2020年达到227家，力争达到250家。附件：任务分解表（属地、2017年“国高企”数、各年新增数与力争数、倍增数与力争数）",
            TaskTableIndicator.Note);
        hnte.ByJurisdiction = true;
        hnte.Targets.AddRange(TaskTableIndicator.Targets(GongshuTargetTable.Table.Rows));

        var hzZj = Add("hz-hnte-zj-sme", "市高企和省科小", "家", Computed, PlanMetrics.MunicipalHnteAndProvincialSme, null,
            "一、培育目标：我区杭州市高新技术企业和浙江省科技型中小企业数量每年新增80家以上，在2020年达到587家，力争达到600家。",
            "2017年基数方案未载明；每年新增任务80家；2020年末总数任务587家、力争600家。");
        Yearly(hzZj, Flow, 80);
        hzZj.Targets.Add(new PlanTarget { Year = 2020, Kind = Level, Committed = 587, Stretch = 600 });

        Yearly(Add("zj-sme", "浙江省科技型中小企业", "家", Computed, PlanMetrics.ProvincialSme, null,
            "二、（一）2、继续做好省科技型中小企业培育工作，每年新增70家以上。"), Flow, 70);

        Yearly(Add("sunrise", "旭日计划2.0企业", "家", Computed, PlanMetrics.Sunrise, null,
            "二、（一）2、做好“旭日计划2.0”企业的科学评审和定期监测，每年评审认定不少于35家。"), Flow, 35);

        Yearly(Add("hightech-growth-gap", "高新技术产业增加值增速高于规上工业增加值增速", "个百分点", Manual, null, null,
            "一、培育目标：结构优化。高新技术产业增加值增长率高于规上工业增加值5个百分点以上。"), Level, 5);

        var share = Add("hightech-share", "高新技术产业增加值占规上工业增加值比重", "%", Manual, null, 68.3m,
            "一、培育目标：到2020年高新技术产业增加值占规上工业增加值比重从2017年的68.3%增加到78.2%。",
            "方案只给出2017年（68.3%）与2020年（78.2%）两端；2018、2019年按等幅递增取中间值（71.6%、74.9%）。");
        share.Targets.Add(new PlanTarget { Year = 2018, Kind = Level, Committed = 71.6m });
        share.Targets.Add(new PlanTarget { Year = 2019, Kind = Level, Committed = 74.9m });
        share.Targets.Add(new PlanTarget { Year = 2020, Kind = Level, Committed = 78.2m });

        var rd = Add("rd-institutions", "省市级研发机构", "家", Computed, PlanMetrics.RdInstitutions, null,
            "一、培育目标：能力提升。重点推进省级（重点）企业研究院……等研发机构建设，每年平均新增10家以上，到2020年总数达到70家以上。二、（二）5、每年新增10家以上。");
        Yearly(rd, Flow, 10);
        rd.Targets.Add(new PlanTarget { Year = 2020, Kind = Level, Committed = 70 });

        var patents = Add("invention-patents", "发明专利授权量", "件", Computed, PlanMetrics.InventionPatents, 273,
            "一、培育目标：发明专利授权量年均增长15%，到2020年末达到415件。",
            "“415件”按年末累计授权量理解；各年末任务 = 415 ÷ 1.15^(2020−年份)，四舍五入：2017年基数273、2018年314、2019年361、2020年415。");
        foreach (var (year, level) in new[] { (2018, 314), (2019, 361), (2020, 415) })
            patents.Targets.Add(new PlanTarget { Year = year, Kind = Level, Committed = level });

        Yearly(Add("traditional-certified", "传统制造业或软件企业认定为市高企或国高企", "家", Manual, null, null,
            "二、（二）4、争取每年有5家传统制造业或软件企业申报认定为“市高企”或“国高企”。"), Flow, 5);
        Yearly(Add("maker-spaces", "新增区级众创空间", "家", Manual, null, null,
            "二、（三）8、每年新增区级众创空间不少于5家。"), Flow, 5);
        Level2020(Add("incubators", "市级以上科技企业孵化器（大学科技园）", "家", Manual, null, null,
            "二、（三）8、建设市级以上科技企业孵化器（大学科技园）15家以上。"), 15);
        Level2020(Add("innovation-buildings", "科技创新特色楼宇", "家", Manual, null, null,
            "二、（三）8、建设科技创新特色楼宇3家以上。"), 3);
        Level2020(Add("service-complex", "省级产业创新服务综合体", "家", Manual, null, null,
            "二、（三）8、争创省级产业创新服务综合体1家。"), 1);
        Yearly(Add("incubated-firms", "孵化培育科技型小微企业", "家", Manual, null, null,
            "二、（三）8、依托众创空间和孵化器等创新载体，平均每年孵化培育科技型小微企业100家以上。"), Flow, 100);
        Level2020(Add("angel-fund", "天使投资引导基金参股合作基金规模", "亿元", Manual, null, null,
            "二、（四）9、到2020年，力争天使投资引导基金参股合作的基金规模达2.5亿元左右。"), 2.5m);
        Yearly(Add("brand-events", "创新创业品牌活动", "项", Manual, null, null,
            "二、（四）12、每年认定具有重大影响力的创新创业品牌活动5项。"), Flow, 5);
        return plan;
    }

    private static void Yearly(PlanIndicator i, string kind, decimal committed)
    {
        foreach (var y in PlanYears) i.Targets.Add(new PlanTarget { Year = y, Kind = kind, Committed = committed });
    }

    private static void Level2020(PlanIndicator i, decimal committed) =>
        i.Targets.Add(new PlanTarget { Year = 2020, Kind = Level, Committed = committed });
}
