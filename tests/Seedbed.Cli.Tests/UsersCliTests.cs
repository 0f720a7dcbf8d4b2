namespace Seedbed.Cli.Tests;

public class UsersCliTests
{
    [Fact]
    public async Task Users_AddListResetDisable_AndTokenIssue()
    {
        using var cli = new CliRunner();
        var add = await cli.RunAsync("users", "add", "xiangfu", "--role", "jurisdiction-officer", "--jurisdiction", "祥符", "--display-name", "祥符专员");
        Assert.True(add.Code == 0, add.Err);
        var password = add.Out.Split("一次性密码：")[1].Trim();
        Assert.True(password.Length >= 10);

        var list = await cli.RunAsync("users", "list");
        Assert.Contains("xiangfu", list.Out, StringComparison.Ordinal);
        Assert.Contains("街道/园区专员", list.Out, StringComparison.Ordinal);
        Assert.Contains("待改密码", list.Out, StringComparison.Ordinal);

        var reset = await cli.RunAsync("users", "reset-password", "xiangfu");
        Assert.Equal(0, reset.Code);
        Assert.NotEqual(password, reset.Out.Split("一次性密码：")[1].Trim());

        var token = await cli.RunAsync("token", "issue", "--user", "xiangfu");
        Assert.Equal(0, token.Code);
        Assert.StartsWith("sbt_", token.Out.Trim(), StringComparison.Ordinal);

        Assert.Equal(0, (await cli.RunAsync("users", "disable", "xiangfu")).Code);
        Assert.Contains("已停用", (await cli.RunAsync("users", "list")).Out, StringComparison.Ordinal);
        var refused = await cli.RunAsync("token", "issue", "--user", "xiangfu");
        Assert.Equal(2, refused.Code);
        Assert.Contains("已停用", refused.Err, StringComparison.Ordinal);

        var bad = await cli.RunAsync("users", "add", "x", "--role", "boss");
        Assert.Equal(2, bad.Code);
        Assert.Contains("未知的角色", bad.Err, StringComparison.Ordinal);
        Assert.Equal(0, (await cli.RunAsync("audit", "verify")).Code);
    }
}
