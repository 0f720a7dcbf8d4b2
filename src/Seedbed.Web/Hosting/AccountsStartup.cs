using Seedbed.Core.Accounts;

namespace Seedbed.Web.Hosting;

/// <summary>
/// First start: creates <c>admin</c> with a one-time password printed to the console (never a fixed default). Demo
/// mode: one demo account per role (passwords on the login page); otherwise any demo accounts are disabled.
/// </summary>
public static class AccountsStartup
{
    public static async Task PrepareAsync(WebApplication app)
    {
        var log = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("Seedbed.Accounts");
        var secret = await app.Services.GetRequiredService<ManageUsers>().EnsureAdminAsync(app.Lifetime.ApplicationStopping);
        if (secret is not null)
        {
            // the console only: this line is the one place the password is ever shown
            Console.WriteLine($"首次启动：已创建管理员账号 {ManageUsers.AdminUserName}，一次性密码：{secret}（首次登录须修改）");
            Console.WriteLine($"First start: created the administrator account '{ManageUsers.AdminUserName}', one-time password: {secret} (must be changed at first sign-in)");
        }
        var demo = app.Services.GetRequiredService<DemoAccounts>();
        try
        {
            if (!DemoDistrictStartup.IsDemo(app.Configuration)) await demo.DisableAllAsync(app.Lifetime.ApplicationStopping);
            else if (app.Services.GetRequiredService<DemoStatus>().Loaded)
            {
                var accounts = await demo.EnsureAsync(app.Lifetime.ApplicationStopping);
                log.LogInformation("演示账号 {Count} 个（密码见登录页）/ {Count} demo accounts (passwords on the login page)", accounts.Count, accounts.Count);
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            log.LogError(ex, "演示账号准备失败，应用继续运行 / preparing the demo accounts failed; the app keeps running");
        }
    }
}
