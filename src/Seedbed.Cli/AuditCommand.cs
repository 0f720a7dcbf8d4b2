using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Seedbed.Core.Audit;

namespace Seedbed.Cli;

/// <summary><c>seedbed audit verify</c>: recomputes the audit trail's hash chain; exit 1 when it was tampered with.</summary>
internal static class AuditCommand
{
    public static Command Create()
    {
        var verify = new Command("verify", "校验审计记录的哈希链，发现篡改或删除时返回 1");
        verify.SetAction((pr, ct) => CliHost.RunAsync(async (sp, token) =>
        {
            var v = await sp.GetRequiredService<VerifyAuditTrail>().ExecuteAsync(token);
            if (v.Intact) { Console.WriteLine(v.Message); return CliHost.Ok; }
            Console.Error.WriteLine($"校验失败：{v.Message}");
            return CliHost.Failed;
        }, ct));
        return new Command("audit", "审计记录") { verify };
    }
}
