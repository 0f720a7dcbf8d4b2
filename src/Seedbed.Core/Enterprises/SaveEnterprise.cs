using System.ComponentModel.DataAnnotations;
using Microsoft.EntityFrameworkCore;
using Seedbed.Core.Common;
using Seedbed.Core.Data;
using Seedbed.Rules.Registry;

namespace Seedbed.Core.Enterprises;

/// <summary>
/// The editable profile of an enterprise, shared by <c>POST/PUT /api/enterprises</c> and the edit form.
/// DataAnnotations give the quick per-field checks (Chinese messages); <see cref="SaveEnterprise"/> repeats them and adds the business checks.
/// </summary>
public sealed class EnterpriseInput
{
    [Required(ErrorMessage = "请输入统一社会信用代码")]
    [StringLength(Rules.Registry.Uscc.Length, MinimumLength = Rules.Registry.Uscc.Length, ErrorMessage = "统一社会信用代码应为18位")]
    public string? Uscc { get; set; }

    [Required(ErrorMessage = "请输入企业名称")]
    [StringLength(200, ErrorMessage = "企业名称不能超过200个字符")]
    public string? Name { get; set; }

    public DateOnly? RegisteredOn { get; set; }

    /// <summary>属地 by name (e.g. 祥符), as in the dossier contract.</summary>
    [Required(ErrorMessage = "请选择属地")]
    public string? Jurisdiction { get; set; }

    /// <summary>Second-level field code (101…809), <c>none</c> (not in the fields), or null/empty (unknown).</summary>
    public string? HightechField { get; set; }

    [StringLength(20, ErrorMessage = "行业代码不能超过20个字符")]
    public string? IndustryCode { get; set; }

    [StringLength(50, ErrorMessage = "联系人不能超过50个字符")]
    public string? ContactName { get; set; }

    [StringLength(30, ErrorMessage = "联系电话不能超过30个字符")]
    public string? ContactPhone { get; set; }

    [EmailAddress(ErrorMessage = "电子邮箱格式不正确")]
    [StringLength(100, ErrorMessage = "电子邮箱不能超过100个字符")]
    public string? ContactEmail { get; set; }

    [StringLength(200, ErrorMessage = "地址不能超过200个字符")]
    public string? Address { get; set; }

    public static EnterpriseInput From(EnterpriseDetail d) => new()
    {
        Uscc = d.Uscc, Name = d.Name, RegisteredOn = d.RegisteredOn, Jurisdiction = d.Jurisdiction, HightechField = d.HightechField,
        IndustryCode = d.IndustryCode, ContactName = d.ContactName, ContactPhone = d.ContactPhone, ContactEmail = d.ContactEmail,
        Address = d.Address,
    };
}

/// <summary>
/// Creates an enterprise (id null) or updates the profile of an existing one. Validates everything first and throws
/// <see cref="SeedbedValidationException"/> with one Chinese message per wrong field (location = camelCase field name);
/// the automatic history records <paramref name="actor"/> and <paramref name="source"/>. Returns the id, or null when
/// the enterprise to update does not exist.
/// </summary>
[UseCase]
public sealed class SaveEnterprise(IDbContextFactory<SeedbedDb> factory)
{
    public async Task<int?> ExecuteAsync(int? id, EnterpriseInput input, string actor, string source, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        var issues = new List<InputIssue>();
        var results = new List<ValidationResult>();
        Validator.TryValidateObject(input, new ValidationContext(input), results, validateAllProperties: true);
        foreach (var r in results)
            issues.Add(new InputIssue(Camel(r.MemberNames.FirstOrDefault() ?? ""), r.ErrorMessage ?? "输入有误"));

        var uscc = input.Uscc?.Trim();
        if (!issues.Any(i => i.Location == "uscc") && Uscc.Validate(uscc) is { } usccError)
            issues.Add(new InputIssue("uscc", usccError));
        var field = string.IsNullOrWhiteSpace(input.HightechField) ? null : input.HightechField.Trim();
        if (field is not null && field != HightechFields.None && !HightechFields.IsValidCode(field))
            issues.Add(new InputIssue("hightechField", $"技术领域代码“{field}”无效：应为101至809之间的二级领域代码，或 none（不属于重点领域）"));

        await using var db = await factory.CreateDbContextAsync(ct);
        var jurisdictionName = input.Jurisdiction?.Trim();
        var jurisdiction = string.IsNullOrEmpty(jurisdictionName) ? null
            : await db.Jurisdictions.SingleOrDefaultAsync(j => j.Name == jurisdictionName, ct);
        if (jurisdiction is null && !string.IsNullOrEmpty(jurisdictionName))
        {
            var names = await db.Jurisdictions.OrderBy(j => j.SortOrder).Select(j => j.Name).ToListAsync(ct);
            issues.Add(new InputIssue("jurisdiction", $"属地“{jurisdictionName}”不存在，应为：{string.Join("、", names)}"));
        }

        Enterprise? entity = null;
        if (id is not null)
        {
            entity = await db.Enterprises.SingleOrDefaultAsync(e => e.Id == id, ct);
            if (entity is null) return null;
        }
        if (uscc is not null && !issues.Any(i => i.Location == "uscc"))
        {
            // checked across all jurisdictions (the unique index is global); another jurisdiction's name is not revealed
            var holder = await db.Enterprises.IgnoreQueryFilters().Where(e => e.Uscc == uscc && e.Id != (id ?? 0)).Select(e => new { e.Id, e.Name }).FirstOrDefaultAsync(ct);
            if (holder is not null)
                issues.Add(new InputIssue("uscc", await db.Enterprises.AnyAsync(e => e.Id == holder.Id, ct)
                    ? $"统一社会信用代码{uscc}已被企业“{holder.Name}”使用" : $"统一社会信用代码{uscc}已被其他属地的企业使用"));
        }
        if (issues.Count > 0) throw new SeedbedValidationException(issues);

        if (entity is null)
        {
            entity = new Enterprise { Uscc = uscc!, Name = input.Name!.Trim() };
            db.Enterprises.Add(entity);
        }
        entity.Uscc = uscc!;
        entity.Name = input.Name!.Trim();
        entity.RegisteredOn = input.RegisteredOn;
        entity.JurisdictionId = jurisdiction!.Id;
        entity.HightechField = field;
        entity.IndustryCode = Clean(input.IndustryCode);
        entity.ContactName = Clean(input.ContactName);
        entity.ContactPhone = Clean(input.ContactPhone);
        entity.ContactEmail = Clean(input.ContactEmail);
        entity.Address = Clean(input.Address);
        db.Actor = actor;
        db.ChangeSource = source;
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // a concurrent save took the USCC between the check and the write
            if (await UsccTakenAsync(uscc!, entity.Id, ct))
                throw new SeedbedValidationException("uscc", $"统一社会信用代码{uscc}已被其他企业使用");
            throw;
        }
        return entity.Id;
    }

    private async Task<bool> UsccTakenAsync(string uscc, int id, CancellationToken ct)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        return await db.Enterprises.AnyAsync(e => e.Uscc == uscc && e.Id != id, ct);
    }

    private static string? Clean(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();

    private static string Camel(string name) => name.Length == 0 ? name : char.ToLowerInvariant(name[0]) + name[1..];
}
