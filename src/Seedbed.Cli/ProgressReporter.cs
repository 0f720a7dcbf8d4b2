using Seedbed.Core.Intake;
using Spectre.Console;

namespace Seedbed.Cli;

/// <summary>Shows <see cref="IntakeProgress"/> as a progress bar on a terminal, or as plain lines when output is redirected.</summary>
internal static class ProgressReporter
{
    public static async Task<T> RunAsync<T>(string title, Func<IProgress<IntakeProgress>, Task<T>> work)
    {
        if (Console.IsErrorRedirected || !AnsiConsole.Profile.Capabilities.Interactive)
        {
            var last = "";
            return await work(new Inline(p =>
            {
                var pct = p.Total > 0 ? 100 * p.Done / p.Total : 0;
                var line = $"{p.Stage} {pct / 10 * 10}%";
                if (line == last) return;
                last = line;
                Console.Error.WriteLine($"{title}：{p.Stage} {p.Done}/{p.Total}");
            }));
        }
        T result = default!;
        await AnsiConsole.Progress()
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
            .StartAsync(async ctx =>
            {
                var task = ctx.AddTask(title);
                result = await work(new Inline(p =>
                {
                    task.Description = $"{title}：{p.Stage}";
                    task.MaxValue = Math.Max(1, p.Total);
                    task.Value = p.Done;
                }));
                task.Value = task.MaxValue;
            });
        return result;
    }

    private sealed class Inline(Action<IntakeProgress> report) : IProgress<IntakeProgress>
    {
        public void Report(IntakeProgress value) => report(value);
    }
}
