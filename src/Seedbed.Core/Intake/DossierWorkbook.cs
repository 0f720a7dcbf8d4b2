using MiniExcelLibs;
using MiniExcelLibs.OpenXml;

namespace Seedbed.Core.Intake;

/// <summary>
/// The dossier as an .xlsx workbook: sheet 说明 (instructions, not imported) and one sheet per record kind;
/// row 1 Chinese headers, row 2 column codes (matched on import, order free), data from row 3.
/// </summary>
public static class DossierWorkbook
{
    public const string NotAWorkbook = "文件不是有效的 Excel 工作簿（.xlsx）";

    /// <summary>Reads and validates a workbook; every problem is reported as <c>sheet!cell</c> (jurisdictions are not checked here).</summary>
    public static DossierReadResult Read(Stream input) => DossierReadResult.From(ReadRaw(input));

    /// <summary>Writes the dossier in the import format (enumerations as Chinese labels, dates as YYYY-MM-DD text).</summary>
    public static void Write(Stream output, Dossier dossier) => Write(output, _ => dossier.Enterprises);

    /// <summary>Writes a workbook whose rows come, sheet by sheet, from <paramref name="source"/> (called once per sheet,
    /// so a large registry can be streamed from the database in chunks).</summary>
    internal static void Write(Stream output, Func<RecordKind, IEnumerable<DossierEnterprise>> source) =>
        WriteSheets(output, sheet => source(sheet.Kind).SelectMany(e => WorkbookCells.Rows(sheet.Kind, e)), withErrors: false);

    internal static void WriteSheets(Stream output, Func<SheetLayout, IEnumerable<IReadOnlyDictionary<string, object?>>> rows,
        bool withErrors, bool omitOptional = false)
    {
        var sheets = new Dictionary<string, object> { [IntakeLayout.InstructionsSheet] = WorkbookInstructions.Rows() };
        foreach (var sheet in IntakeLayout.Sheets) sheets[sheet.Name] = SheetRows(sheet, rows(sheet), withErrors, omitOptional);
        var config = new OpenXmlConfiguration { FreezeRowCount = IntakeLayout.CodeRow, FastMode = false };
        output.SaveAs(sheets, printHeader: true, configuration: config);
    }

    private static IEnumerable<Dictionary<string, object?>> SheetRows(SheetLayout sheet, IEnumerable<IReadOnlyDictionary<string, object?>> rows,
        bool withErrors, bool omitOptional)
    {
        var columns = sheet.Columns.Where(c => !(omitOptional && c.Optional)).ToList();
        if (withErrors) columns.Add(new ColumnLayout(IntakeLayout.ErrorCode, IntakeLayout.ErrorHeader));
        yield return columns.ToDictionary(c => c.Header, c => (object?)c.Code);
        foreach (var row in rows)
            yield return columns.ToDictionary(c => c.Header, c => row.GetValueOrDefault(c.Code));
    }

    internal static RawDossier ReadRaw(Stream input, Action<int>? progress = null)
    {
        var raw = new RawDossier { IsWorkbook = true };
        if (!input.CanSeek)
        {
            var copy = new MemoryStream();
            input.CopyTo(copy);
            input = copy;
        }
        List<string> names;
        try
        {
            input.Position = 0;
            names = MiniExcel.GetSheetNames(input);
        }
        catch (Exception)
        {
            raw.FileIssues.Add(new("", NotAWorkbook));
            return raw;
        }
        foreach (var sheet in IntakeLayout.Sheets)
        {
            if (!names.Contains(sheet.Name)) { raw.FileIssues.Add(new(sheet.Name, $"缺少工作表“{sheet.Name}”")); continue; }
            try
            {
                input.Position = 0;
                ReadSheet(raw, sheet, MiniExcel.Query(input, useHeaderRow: false, sheetName: sheet.Name));
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                raw.FileIssues.Add(new(sheet.Name, $"工作表“{sheet.Name}”无法读取：{NotAWorkbook}"));
            }
            progress?.Invoke(raw.Records.Count);
        }
        return raw;
    }

    private static void ReadSheet(RawDossier raw, SheetLayout sheet, IEnumerable<dynamic> rows)
    {
        Dictionary<string, string>? letters = null; // column code → column letter
        var rowNo = 0;
        var codesSeen = false;
        foreach (IDictionary<string, object?> row in rows)
        {
            rowNo++;
            if (rowNo == IntakeLayout.CodeRow) { letters = Codes(raw, sheet, row); codesSeen = true; }
            if (rowNo < IntakeLayout.FirstDataRow || letters is null) continue;
            if (letters.Values.All(l => row.TryGetValue(l, out var v) is false || v is null || v is string s && string.IsNullOrWhiteSpace(s)))
                continue;
            var n = rowNo;
            var map = letters;
            var rec = new RawRecord
            {
                Kind = sheet.Kind, RowName = $"第{n}行", RowLocation = $"{sheet.Name}!第{n}行",
                Locate = code => map.TryGetValue(code, out var l) ? $"{sheet.Name}!{l}{n}" : $"{sheet.Name}!第{n}行",
            };
            foreach (var (code, letter) in map) rec.Values[code] = row.TryGetValue(letter, out var v) ? v : null;
            raw.Records.Add(rec);
        }
        if (!codesSeen)
            raw.FileIssues.Add(new($"{sheet.Name}!第{IntakeLayout.CodeRow}行", $"缺少列代码行：第{IntakeLayout.CodeRow}行应为列代码（{string.Join("、", sheet.Columns.Select(c => c.Code))}）"));
    }

    private static Dictionary<string, string>? Codes(RawDossier raw, SheetLayout sheet, IDictionary<string, object?> row)
    {
        var found = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (letter, value) in row)
            if (value is string s && sheet.Columns.Any(c => c.Code == s.Trim())) found.TryAdd(s.Trim(), letter);
        var location = $"{sheet.Name}!第{IntakeLayout.CodeRow}行";
        var optional = sheet.Columns.Where(c => c.Optional).ToList();
        var optionalAbsent = optional.Count > 0 && optional.All(c => !found.ContainsKey(c.Code));
        if (optionalAbsent) raw.SelfAssessmentAbsent = true;
        var missing = sheet.Columns.Where(c => !found.ContainsKey(c.Code) && !(c.Optional && optionalAbsent)).ToList();
        foreach (var c in missing)
            raw.FileIssues.Add(new(location, $"缺少列代码“{c.Code}”（{c.Header}）：第{IntakeLayout.CodeRow}行须含本表每一列的列代码"));
        return missing.Count == 0 ? found : null;
    }
}
