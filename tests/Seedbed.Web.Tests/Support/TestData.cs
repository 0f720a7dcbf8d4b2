using Microsoft.EntityFrameworkCore;
using Seedbed.Core.Data;
using Seedbed.Core.Enterprises;
using Seedbed.Rules.Registry;

namespace Seedbed.Web.Tests.Support;

/// <summary>
/// A small known registry written straight through Core's DbContext: 拱墅测试企业01…25 (01–15 in 祥符, 16–25 in 上塘;
/// odd numbers field 101, even 201; years 2017–2019; multiples of 5 hold an HNTE certificate) and 杭州星火软件有限公司 in 园区.
/// </summary>
public static class TestData
{
    public const string SparkName = "杭州星火软件有限公司";
    public static readonly string SparkUscc = Uscc.Complete("91330105MA2H99999");

    public static string NumberedName(int i) => $"拱墅测试企业{i:00}";
    public static string NumberedUscc(int i) => Uscc.Complete($"91330105MA2G{i:00000}");

    public static async Task SeedAsync(IDbContextFactory<SeedbedDb> factory)
    {
        await using var db = await factory.CreateDbContextAsync();
        db.Actor = "测试";
        db.ChangeSource = "测试数据";
        var ids = await db.Jurisdictions.ToDictionaryAsync(j => j.Name, j => j.Id);
        for (var i = 1; i <= 25; i++)
        {
            var e = new Enterprise
            {
                Uscc = NumberedUscc(i), Name = NumberedName(i), JurisdictionId = ids[i <= 15 ? "祥符" : "上塘"],
                HightechField = i % 2 == 1 ? "101" : "201", RegisteredOn = new DateOnly(2012, 1, i),
            };
            for (var y = 2017; y <= 2019; y++)
                e.Years.Add(new FiscalYear { Year = y, SalesRevenue = 1_000_000m * i + (y - 2017) * 250_000m, RdExpense = 80_000m * i + (y - 2017) * 10_000m, Employees = 20 + i });
            if (i % 5 == 0) e.Qualifications.Add(new Qualification { Kind = "hnte", Number = $"GR2019330{i:00000}", IssuedOn = new DateOnly(2019, 12, 1), ExpiresOn = new DateOnly(2022, 11, 30) });
            db.Enterprises.Add(e);
        }
        var spark = new Enterprise { Uscc = SparkUscc, Name = SparkName, JurisdictionId = ids["园区"], HightechField = "101" };
        spark.Years.Add(new FiscalYear { Year = 2019, SalesRevenue = 12_345_678.9m, RdExpense = 1_234_567m });
        spark.IpItems.Add(new IpItem { Kind = "invention-patent", Number = "ZL201910123456.7", Title = "一种测试方法", Status = "granted", Acquisition = "own", GrantedOn = new DateOnly(2019, 8, 8) });
        db.Enterprises.Add(spark);
        await db.SaveChangesAsync();
    }

    public static async Task<int> IdOfAsync(IDbContextFactory<SeedbedDb> factory, string name)
    {
        await using var db = await factory.CreateDbContextAsync();
        return await db.Enterprises.Where(e => e.Name == name).Select(e => e.Id).SingleAsync();
    }
}
