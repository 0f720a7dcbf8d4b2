using System.CommandLine;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Seedbed.Core.Accounts;
using Seedbed.Core.Audit;
using Spectre.Console;

namespace Seedbed.Cli;

/// <summary><c>seedbed users list|add|disable|reset-password</c> and <c>seedbed token issue --user</c>, for operators on the server.</summary>
internal static class UsersCommand
{
    private static AuditActor By => new(CliHost.Actor, "operator");

    public static Command Create()
    {
        var list = new Command("list", "列出全部账号");
        list.SetAction((pr, ct) => CliHost.RunAsync(async (sp, token) =>
        {
            var table = new Table().AddColumn("账号").AddColumn("姓名").AddColumn("角色").AddColumn("范围").AddColumn("状态").AddColumn("创建时间");
            foreach (var u in await sp.GetRequiredService<ManageUsers>().ListAsync(token))
                table.AddRow(Markup.Escape(u.UserName), Markup.Escape(u.DisplayName), Roles.NameOf(u.Role), Markup.Escape(u.Jurisdiction ?? u.Enterprise ?? "—"),
                    u.Disabled ? "已停用" : u.LockedOut ? "已锁定" : u.MustChangePassword ? "待改密码" : "正常",
                    u.CreatedAt.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture));
            AnsiConsole.Write(table);
            return CliHost.Ok;
        }, ct));

        var name = new Argument<string>("name") { Description = "账号名" };
        var role = new Option<string>("--role") { Description = string.Join("、", Roles.All.Select(r => $"{r.Code}（{r.Name}）")), Required = true };
        var display = new Option<string?>("--display-name") { Description = "姓名" };
        var jurisdiction = new Option<string?>("--jurisdiction") { Description = "街道/园区专员的属地，如 祥符" };
        var enterprise = new Option<string?>("--enterprise") { Description = "企业用户的统一社会信用代码" };
        var add = new Command("add", "新建账号并输出一次性密码（首次登录须修改）") { name, role, display, jurisdiction, enterprise };
        add.SetAction((pr, ct) => CliHost.RunAsync(async (sp, token) =>
        {
            var secret = await sp.GetRequiredService<ManageUsers>().AddAsync(pr.GetValue(name)!, pr.GetValue(role)!, pr.GetValue(display),
                pr.GetValue(jurisdiction), pr.GetValue(enterprise), By, ct: token);
            Console.WriteLine($"已创建账号 {pr.GetValue(name)}，一次性密码：{secret}");
            return CliHost.Ok;
        }, ct));

        var disableName = new Argument<string>("name") { Description = "账号名" };
        var disable = new Command("disable", "停用账号（立即结束其会话，令牌失效）") { disableName };
        disable.SetAction((pr, ct) => CliHost.RunAsync(async (sp, token) =>
        {
            await sp.GetRequiredService<ManageUsers>().DisableAsync(pr.GetValue(disableName)!, By, token);
            Console.WriteLine($"已停用账号 {pr.GetValue(disableName)}");
            return CliHost.Ok;
        }, ct));

        var resetName = new Argument<string>("name") { Description = "账号名" };
        var reset = new Command("reset-password", "重置密码并解除锁定，输出新的一次性密码") { resetName };
        reset.SetAction((pr, ct) => CliHost.RunAsync(async (sp, token) =>
        {
            var secret = await sp.GetRequiredService<ManageUsers>().ResetPasswordAsync(pr.GetValue(resetName)!, By, token);
            Console.WriteLine($"账号 {pr.GetValue(resetName)} 的一次性密码：{secret}");
            return CliHost.Ok;
        }, ct));
        return new Command("users", "账号管理") { list, add, disable, reset };
    }

    public static Command CreateToken()
    {
        var user = new Option<string>("--user") { Description = "账号名", Required = true };
        var label = new Option<string>("--name") { Description = "令牌用途", DefaultValueFactory = _ => "命令行签发" };
        var issue = new Command("issue", "为账号签发个人接口令牌（只显示一次，库中仅存哈希）") { user, label };
        issue.SetAction((pr, ct) => CliHost.RunAsync(async (sp, token) =>
        {
            Console.WriteLine(await sp.GetRequiredService<ApiTokens>().IssueAsync(pr.GetValue(user)!, pr.GetValue(label)!, By, token));
            return CliHost.Ok;
        }, ct));
        return new Command("token", "接口令牌") { issue };
    }
}
