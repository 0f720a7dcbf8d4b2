using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Seedbed.Core;
using Seedbed.Core.Common;
using Seedbed.Core.Data;
using Spectre.Console;

namespace Seedbed.Cli;

/// <summary>Configuration (environment variables, as for the web app), services and the common exit codes.</summary>
internal static class CliHost
{
    public const int Ok = 0, Failed = 1, InvalidInput = 2;

    public static string Actor => $"cli:{Environment.UserName}";

    public static async Task<ServiceProvider> StartAsync(CancellationToken ct)
    {
        var config = new ConfigurationBuilder().AddEnvironmentVariables().Build();
        var services = new ServiceCollection().AddSeedbedCore(config).BuildServiceProvider();
        services.GetRequiredService<Seedbed.Core.Audit.AuditActorProvider>().Current = () => new Seedbed.Core.Audit.AuditActor(Actor, "operator");
        await services.GetRequiredService<SeedbedInitializer>().MigrateAsync(ct);
        return services;
    }

    /// <summary>Runs a command body, turning input errors into exit code 2 and other failures into 1, always with a Chinese message.</summary>
    public static async Task<int> RunAsync(Func<ServiceProvider, CancellationToken, Task<int>> body, CancellationToken ct)
    {
        try
        {
            await using var services = await StartAsync(ct);
            return await body(services, ct);
        }
        catch (SeedbedValidationException ex)
        {
            PrintIssues(ex.Issues);
            return InvalidInput;
        }
        catch (OperationCanceledException)
        {
            Console.Error.WriteLine("已取消。");
            return Failed;
        }
        catch (Exception ex) when (ex is InvalidOperationException or IOException or UnauthorizedAccessException)
        {
            Console.Error.WriteLine($"错误：{ex.Message}");
            return Failed;
        }
    }

    public static void PrintIssues(IReadOnlyList<InputIssue> issues)
    {
        if (Console.IsErrorRedirected)
        {
            // plain lines for scripts and logs: "位置：原因"
            Console.Error.WriteLine($"发现 {issues.Count} 处错误，未写入任何数据：");
            foreach (var i in issues) Console.Error.WriteLine(i.ToString());
            return;
        }
        var table = new Table().AddColumn("位置").AddColumn("原因");
        foreach (var i in issues) table.AddRow(Markup.Escape(i.Location), Markup.Escape(i.Message));
        var err = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
        err.MarkupLine($"[red]发现 {issues.Count} 处错误，未写入任何数据：[/]");
        err.Write(table);
    }
}
