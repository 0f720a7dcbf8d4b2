using System.Collections.Concurrent;
using System.Security.Cryptography;

namespace Seedbed.Web.Hosting;

/// <summary>
/// Keeps rejected-rows workbooks of imports in memory for one hour under an unguessable id, so that both the
/// import page and <c>POST /api/imports</c> can offer them as a download (<c>GET /api/imports/rejected/{id}</c>).
/// </summary>
public sealed class RejectedWorkbookStore(TimeProvider clock)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromHours(1);
    private readonly ConcurrentDictionary<string, (byte[] Bytes, string FileName, DateTimeOffset Expires)> _items = new();

    public string Add(byte[] bytes, string fileName)
    {
        var now = clock.GetUtcNow();
        foreach (var old in _items.Where(kv => kv.Value.Expires < now).Select(kv => kv.Key).ToList()) _items.TryRemove(old, out _);
        var id = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
        _items[id] = (bytes, fileName, now + Lifetime);
        return id;
    }

    public (byte[] Bytes, string FileName)? Get(string id) =>
        _items.TryGetValue(id, out var item) && item.Expires >= clock.GetUtcNow() ? (item.Bytes, item.FileName) : null;
}
