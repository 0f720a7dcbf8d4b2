namespace Seedbed.Core.Intake;

/// <summary>The empty import workbook (sheets, Chinese headers, column codes, an instructions sheet).</summary>
public static class WorkbookTemplate
{
    public const string FileName = "企业数据导入模板.xlsx";
    public static void Write(Stream output) => DossierWorkbook.Write(output, new Dossier([]));
}
