using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Seedbed.Core.Demo;

namespace Seedbed.Cli;

/// <summary><c>seedbed demo</c>: loads the demo district into an empty database.</summary>
internal static class DemoCommand
{
    public static Command Create()
    {
        var cmd = new Command("demo", "向空数据库载入演示区数据（约1500家虚构企业，2014–2020年）");
        cmd.SetAction((pr, ct) => CliHost.RunAsync(async (sp, token) =>
        {
            var loaded = await ProgressReporter.RunAsync("演示数据", p => sp.GetRequiredService<LoadDemoDistrict>().ExecuteAsync(p, token));
            if (!loaded)
            {
                Console.Error.WriteLine("数据库中已有企业数据，未载入演示数据（演示数据只能载入空数据库）。");
                return CliHost.InvalidInput;
            }
            Console.WriteLine("已载入演示区数据。");
            return CliHost.Ok;
        }, ct));
        return cmd;
    }
}
