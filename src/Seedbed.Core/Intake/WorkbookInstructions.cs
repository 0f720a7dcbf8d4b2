using Seedbed.Rules.Registry;

namespace Seedbed.Core.Intake;

/// <summary>The 说明 sheet: how to fill in the workbook and the code lists of every enumerated column. Not imported.</summary>
internal static class WorkbookInstructions
{
    public static IEnumerable<Dictionary<string, object?>> Rows()
    {
        static Dictionary<string, object?> R(string item, string text) => new() { ["项目"] = item, ["说明"] = text };
        yield return R("用途", "企业数据导入模板（seedbed.dossier/1）。本“说明”表不导入。");
        yield return R("格式", "各表第1行为中文表头，第2行为列代码（导入时按第2行的列代码识别各列，列顺序可调整，多余的列被忽略；请勿修改或删除第2行），数据从第3行开始。");
        yield return R("工作表", "企业、年度数据、知识产权、资质、事件、标准、科技奖励、研发机构，均须保留（可以为空）。除“企业”外，各表第一列为所属企业的统一社会信用代码。");
        yield return R("统一社会信用代码", "18位，须通过 GB 32100-2015 校验位检查；该列请设置为“文本”格式。子表中的代码须在本文件“企业”表中或已在企业库中。");
        yield return R("必填", "企业：统一社会信用代码、企业名称、属地；年度数据：年度；知识产权：类型、编号、状态、获得方式；资质：类型、证书编号、发证日期；事件：发生日期、事件类型；标准：级别、参与方式、年度；科技奖励：级别、排名、年度；研发机构：级别、名称、认定日期。其余留空表示未知（不是0）。");
        yield return R("日期", "日期单元格，或文本 YYYY-MM-DD（也接受 YYYY/M/D）。");
        yield return R("金额", "以元为单位的数字，最多两位小数（精确到分）；除净资产外不能为负数。");
        yield return R("人数、数量", "非负整数；科技人员数不能大于职工总数；境内研究开发费用不能大于研究开发费用总额。");
        yield return R("年度", $"{FieldReader.MinYear}到{FieldReader.MaxYear}之间。");
        yield return R("属地", "须为系统中已有的街道或园区名称，如“祥符”“园区”。");
        yield return R("技术领域代码", "《国家重点支持的高新技术领域》二级领域代码（101…809，见下表）；填“无”表示不属于任何领域；留空表示未知。");
        yield return R("自评", "技术先进程度自评、核心支持作用自评：A–E；研发组织管理：制度 0–6、机构 0–6、转化激励 0–4、人才 0–4。这六列可整体删除，删除后导入不改变已有的自评。");
        yield return R("导入规则", "按统一社会信用代码更新或新增企业：企业各字段以文件为准（可选列留空即清空）；年度数据按（企业，年度）整行替换；知识产权按（类型，编号）、资质按（类型，编号）更新或新增；事件、标准、科技奖励、研发机构在没有相同记录时新增；导入从不删除任何数据。有任何错误时整个文件不导入，除非选择“仅导入正确的行”。");
        yield return R("错误原因列", "“仅导入正确的行”时被拒绝的行会以本模板格式返回，并带“错误原因”列（列代码 error）；改正后可直接重新导入，该列会被忽略。");
        foreach (var v in (Vocabulary[])[Vocabularies.IpStatus, Vocabularies.IpAcquisition, Vocabularies.QualificationKind, Vocabularies.IncidentKind,
                     Vocabularies.StandardLevel, Vocabularies.StandardRole, Vocabularies.AwardLevel, Vocabularies.InstitutionLevel, Vocabularies.Grade])
            yield return R($"代码表：{v.Name}", "填中文名称或代码：" + string.Join("；", v.Items.Select(i => $"{i.Label}（{i.Code}）")));
        yield return R("代码表：知识产权类型", "填中文名称或代码：" + string.Join("；", IpKinds.All.Select(k => $"{k.Name}（{k.Code}）")));
        foreach (var (code, name) in HightechFields.SecondLevel)
            yield return R($"技术领域 {code}", $"{HightechFields.TopLevel[code[..1]]} / {name}");
    }
}
