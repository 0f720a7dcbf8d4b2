using System.Globalization;
using System.Text;
using MiniExcelLibs;
using Seedbed.Core.Common;

namespace Seedbed.Core.Plans;

/// <summary>
/// Reads the cells of a target table: .csv (UTF-8 with or without BOM; GB18030/GBK as Excel on a Chinese Windows saves
/// it) or .xlsx (the first sheet). Empty lines are skipped; a cell's surrounding quotes are removed.
/// </summary>
public static class TargetTableFile
{
    public static List<string[]> Read(Stream content, string fileName)
    {
        ArgumentNullException.ThrowIfNull(content);
        var buffer = new MemoryStream();
        content.CopyTo(buffer);
        buffer.Position = 0;
        return Path.GetExtension(fileName).ToUpperInvariant() switch
        {
            ".CSV" => ReadCsv(buffer.ToArray()),
            ".XLSX" => ReadXlsx(buffer),
            _ => throw new SeedbedValidationException("file", $"不支持的文件类型“{Path.GetExtension(fileName)}”：请使用 .csv 或 .xlsx"),
        };
    }

    private static List<string[]> ReadCsv(byte[] bytes) =>
        Decode(bytes).Split('\n').Select(l => l.TrimEnd('\r')).Where(l => l.Trim().Length > 0)
            .Select(l => l.Split(',').Select(c => c.Trim().Trim('"')).ToArray()).ToList();

    private static string Decode(byte[] bytes)
    {
        if (bytes is [0xEF, 0xBB, 0xBF, ..]) return Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3);
        try
        {
            return new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
            return Encoding.GetEncoding("GB18030").GetString(bytes);
        }
    }

    private static List<string[]> ReadXlsx(MemoryStream buffer)
    {
        if (buffer.Length < 2 || buffer.GetBuffer() is not [(byte)'P', (byte)'K', ..])
            throw new SeedbedValidationException("file", "不是有效的 .xlsx 工作簿：请用 Excel 或 WPS 另存为 .xlsx 后再试");
        try
        {
            return MiniExcel.Query(buffer, useHeaderRow: false, excelType: ExcelType.XLSX).Cast<IDictionary<string, object?>>()
                .Select(r => r.Values.Select(v => Convert.ToString(v, CultureInfo.InvariantCulture) ?? "").ToArray())
                .Where(r => r.Any(c => c.Length > 0)).ToList();
        }
        catch (Exception ex) when (ex is not OperationCanceledException and not SeedbedValidationException)
        {
            throw new SeedbedValidationException("file", "不是有效的 .xlsx 工作簿");
        }
    }
}
