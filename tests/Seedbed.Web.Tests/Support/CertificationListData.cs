using System.Net.Http.Headers;
using Microsoft.EntityFrameworkCore;
using Seedbed.Core.Enterprises;
using Seedbed.Rules.Registry;

namespace Seedbed.Web.Tests.Support;

/// <summary>The sample certificate list (Core.Tests fixture) and the registry it is matched against.</summary>
public static class CertificationListData
{
    public const string JiaUscc = "91330105MA2CKB001M";
    /// <summary>The sample list (Core.Tests fixture) as a multipart form.</summary>
    public static MultipartFormDataContent ListForm()
    {
        var file = new ByteArrayContent(File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Fixtures", "certifications-hnte-list.xlsx")));
        file.Headers.ContentType = new MediaTypeHeaderValue("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        return new MultipartFormDataContent { { file, "file", "认定名单.xlsx" } };
    }

    /// <summary>甲 (matched by USCC) and 乙 (matched by name) of the sample list.</summary>
    public static async Task SeedListEnterprisesAsync(IDbContextFactory<Core.Data.SeedbedDb> factory)
    {
        await using var db = await factory.CreateDbContextAsync();
        if (await db.Enterprises.AnyAsync(e => e.Uscc == JiaUscc)) return;
        var j = await db.Jurisdictions.SingleAsync(x => x.Name == "祥符");
        db.Enterprises.AddRange(
            new Enterprise { Uscc = JiaUscc, Name = "杭州甲数智科技有限公司", JurisdictionId = j.Id },
            new Enterprise { Uscc = Uscc.Complete("91330105CRT000002"), Name = "杭州乙（拱墅）信息技术有限公司", JurisdictionId = j.Id });
        await db.SaveChangesAsync();
    }

}
