using System.Globalization;
using System.Text.Json;
using Seedbed.Core.Accounts;

namespace Seedbed.Core.Audit;

/// <summary>
/// The known actions and results of the audit trail with their Chinese names (search filter, table, export), the
/// Chinese names of the actor roles, the time zone the trail is shown in, and the field changes of a data-change detail.
/// </summary>
public static class AuditVocabulary
{
    public static readonly IReadOnlyList<(string Code, string Name)> Actions =
    [
        ("create", "新增"), ("update", "修改"), ("delete", "删除"), ("import", "导入"), ("export", "导出"), ("approve", "审批"),
        ("login-success", "登录成功"), ("login-failure", "登录失败"), ("logout", "退出登录"), ("password-change", "修改密码"),
        ("permission-change", "权限变更"),
    ];

    public static readonly IReadOnlyList<(string Code, string Name)> Results = [("success", "成功"), ("failure", "失败"), ("denied", "拒绝")];

    /// <summary>Audit actors that are not (known) accounts: the application, the command line, failed sign-ins.</summary>
    private static readonly IReadOnlyList<(string Code, string Name)> OtherRoles =
        [("system", "系统"), ("operator", "运维人员（命令行）"), ("unknown", "未知账号"), ("anonymous", "未登录")];

    public static bool IsAction(string code) => Actions.Any(a => a.Code == code);
    public static bool IsResult(string code) => Results.Any(r => r.Code == code);
    public static string ActionName(string code) => Actions.FirstOrDefault(a => a.Code == code).Name ?? code;
    public static string ResultName(string code) => Results.FirstOrDefault(r => r.Code == code).Name ?? code;
    public static string RoleName(string code) => OtherRoles.FirstOrDefault(r => r.Code == code).Name ?? Roles.NameOf(code);

    /// <summary>The district's time zone: the trail is stored in UTC and shown (UI, export) as Beijing time.</summary>
    public static readonly TimeZoneInfo China = FindChina();

    public static DateTime ToChina(DateTime utc) => TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), China);

    /// <summary>A Beijing wall-clock time (e.g. the start of a day picked in the UI) as UTC.</summary>
    public static DateTime FromChina(DateTime chinaTime) => TimeZoneInfo.ConvertTimeToUtc(DateTime.SpecifyKind(chinaTime, DateTimeKind.Unspecified), China);

    public static string FormatChina(DateTime utc) => ToChina(utc).ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);

    /// <summary>The field changes of a create/update/delete record (its detail is a JSON array of {field, old, new}); null otherwise.</summary>
    public static IReadOnlyList<AuditFieldChange>? Changes(string? detail)
    {
        if (string.IsNullOrEmpty(detail) || detail[0] != '[') return null;
        try
        {
            using var doc = JsonDocument.Parse(detail);
            var list = new List<AuditFieldChange>();
            foreach (var e in doc.RootElement.EnumerateArray())
            {
                if (e.ValueKind != JsonValueKind.Object || !e.TryGetProperty("field", out var f)) return null;
                list.Add(new(f.GetString() ?? "", Text(e, "old"), Text(e, "new")));
            }
            return list;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>The detail as one readable text: field changes one per line (字段：旧 → 新), other details unchanged.</summary>
    public static string? Describe(string? detail) =>
        Changes(detail) is { } changes
            ? string.Join('\n', changes.Select(c => $"{c.Field}：{c.Old ?? "（空）"} → {c.New ?? "（空）"}"))
            : detail;

    private static string? Text(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) ? v.ValueKind switch { JsonValueKind.Null => null, JsonValueKind.String => v.GetString(), _ => v.GetRawText() } : null;

    private static TimeZoneInfo FindChina()
    {
        try { return TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai"); }
        catch (TimeZoneNotFoundException) { return TimeZoneInfo.CreateCustomTimeZone("China Standard Time", TimeSpan.FromHours(8), "北京时间", "北京时间"); }
    }
}

/// <summary>One changed field of a data-change record.</summary>
public sealed record AuditFieldChange(string Field, string? Old, string? New);
