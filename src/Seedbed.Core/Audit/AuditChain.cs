using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Seedbed.Core.Audit;

/// <summary>The hash chain: hash = SHA-256(canonical content of the record ‖ previous hash), hex lower-case.</summary>
public static class AuditChain
{
    public const string Genesis = "0000000000000000000000000000000000000000000000000000000000000000";

    /// <summary>Timestamps are kept to the microsecond (PostgreSQL's precision) so a stored record hashes the same when read back.</summary>
    public static DateTime Truncate(DateTime utc) => new(utc.Ticks - utc.Ticks % 10, DateTimeKind.Utc);

    public static string HashOf(AuditRecord r)
    {
        var canonical = string.Join('\u001f',
            r.Sequence.ToString(CultureInfo.InvariantCulture),
            DateTime.SpecifyKind(r.At, DateTimeKind.Utc).ToString("yyyy-MM-ddTHH:mm:ss.ffffffZ", CultureInfo.InvariantCulture),
            r.User, r.Role, r.Ip ?? "", r.Action, r.Target, r.Result, r.Detail ?? "", r.PrevHash);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(canonical)));
    }
}
