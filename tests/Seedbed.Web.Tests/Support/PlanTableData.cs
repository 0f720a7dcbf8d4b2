using System.Net.Http.Headers;
using System.Text;

namespace Seedbed.Web.Tests.Support;

/// <summary>Target tables for the plan tests: the shipped Gongshu table (embedded in Core), tampered copies, another district's.</summary>
public static class PlanTableData
{
    public static string Shipped()
    {
        using var s = typeof(Core.Plans.GongshuTargetTable).Assembly.GetManifestResourceStream("Seedbed.Core.Plans.targets-2018-2020.csv")!;
        return new StreamReader(s).ReadToEnd();
    }

    /// <summary>The shipped table with 上塘's total_2020 changed to 12: cells I3 (the row) and I2 (the district sum) are wrong.</summary>
    public static string Tampered() => Shipped().Replace("上塘,5,1,1,2,3,3,4,11,13", "上塘,5,1,1,2,3,3,4,12,13", StringComparison.Ordinal);

    public const string OtherDistrict = """
        jurisdiction,baseline_2020,new_2021,stretch_2021,new_2022,stretch_2022,total_2022,stretch_total_2022
        全区,10,3,4,5,6,18,20
        甲街道,4,1,2,2,3,7,9
        祥符,6,2,2,3,3,11,11
        """;

    /// <summary>A multipart form as <c>POST /api/plans/import</c> takes it.</summary>
    public static MultipartFormDataContent Form(string csv, string code, string name = "测试计划", string fileName = "targets.csv")
    {
        var file = new ByteArrayContent(Encoding.UTF8.GetBytes(csv));
        file.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        return new MultipartFormDataContent { { file, "file", fileName }, { new StringContent(code), "code" }, { new StringContent(name), "name" } };
    }
}
