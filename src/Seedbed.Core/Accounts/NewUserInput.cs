using System.ComponentModel.DataAnnotations;

namespace Seedbed.Core.Accounts;

/// <summary>The admin UI's form for a new account (<see cref="ManageUsers.AddAsync"/> checks the rest: role, jurisdiction, USCC).</summary>
public sealed class NewUserInput
{
    [Required(ErrorMessage = "请输入账号名"), StringLength(50, ErrorMessage = "账号名不能超过50个字符")]
    public string UserName { get; set; } = "";

    [StringLength(100, ErrorMessage = "姓名不能超过100个字")]
    public string? DisplayName { get; set; }

    [Required(ErrorMessage = "请选择角色")]
    public string? Role { get; set; }

    /// <summary>For jurisdiction officers: the jurisdiction's name.</summary>
    public string? Jurisdiction { get; set; }

    /// <summary>For enterprise users: the USCC of their enterprise.</summary>
    public string? EnterpriseUscc { get; set; }
}
