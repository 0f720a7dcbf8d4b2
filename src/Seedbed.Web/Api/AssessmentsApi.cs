using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using Seedbed.Core.Assessment;
using Seedbed.Rules.Assessment;
using Seedbed.Web.Hosting;

namespace Seedbed.Web.Api;

/// <summary>A rule set as listed by <c>GET /api/rulesets</c>.</summary>
public sealed record RuleSetInfo(string Id, int Version, string Name, IReadOnlyList<RuleSource> Sources, string EffectiveFrom,
    string? EffectiveTo, IReadOnlyList<RuleInfo> Rules);

/// <summary>One rule row: what it checks and where it comes from.</summary>
public sealed record RuleInfo(string Id, string Kind, string Citation, string Source, string Clause);

/// <summary>
/// <c>POST /api/assessments</c> (a dossier → the contract's assessment document, nothing stored) and
/// <c>GET /api/rulesets</c>.
/// </summary>
public static class AssessmentsApi
{
    public static IEndpointRouteBuilder MapAssessmentsApi(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/assessments", Assess).WithTags("科技度体检").DisableAntiforgery()
            .Accepts<IFormFile>("multipart/form-data", "application/json", EnterprisesApi.XlsxContentType)
            .Produces(StatusCodes.Status200OK, contentType: "application/json")
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .WithSummary("评估企业数据（seedbed.dossier/1 的 JSON、.xlsx 或 multipart 字段 file）→ 评估文档 seedbed.assessment/1，不写入数据库");
        app.MapGet("/api/rulesets", RuleSets).WithTags("科技度体检").WithSummary("规则集：版本、来源文件、生效日期、每条规则的条款");
        return app;
    }

    /// <param name="ruleset">规则集：hnte-2016、hz-hnte-2016、tech-sme-2017、zj-tech-sme-2016</param>
    /// <param name="date">评估日期 YYYY-MM-DD</param>
    private static async Task<IResult> Assess(HttpRequest request, AssessFile assess, CancellationToken ct, string? ruleset = null, string? date = null)
    {
        if (string.IsNullOrWhiteSpace(ruleset))
            return BadParameter("缺少参数 ruleset（规则集），例如 ?ruleset=hnte-2016&date=2020-06-30");
        if (ParseDate(date) is not { } d)
            return BadParameter(string.IsNullOrWhiteSpace(date)
                ? "缺少参数 date（评估日期，格式 YYYY-MM-DD）"
                : $"参数 date 的值“{date}”不是有效日期，格式应为 YYYY-MM-DD");
        if (request.ContentLength > UploadLimits.MaxRequestBytes)
            return TypedResults.Problem(title: "上传内容过大", detail: UploadLimits.TooLargeMessage, statusCode: StatusCodes.Status413PayloadTooLarge);

        using var input = new MemoryStream();
        string fileName;
        if (request.HasFormContentType)
        {
            var form = await request.ReadFormAsync(ct);
            var file = form.Files.GetFile("file") ?? (form.Files.Count > 0 ? form.Files[0] : null);
            if (file is null) return BadParameter("请在表单字段 file 中上传 .xlsx 或 .json 文件");
            fileName = Path.GetFileName(file.FileName);
            await using var s = file.OpenReadStream();
            await s.CopyToAsync(input, ct);
        }
        else if (string.Equals(request.ContentType, EnterprisesApi.XlsxContentType, StringComparison.OrdinalIgnoreCase))
        {
            fileName = "request.xlsx";
            await request.Body.CopyToAsync(input, ct);
        }
        else if (request.ContentType is null || request.ContentType.StartsWith("application/json", StringComparison.OrdinalIgnoreCase))
        {
            fileName = "request.json";
            await request.Body.CopyToAsync(input, ct);
        }
        else
            return TypedResults.Problem(title: "不支持的内容类型",
                detail: "请以 application/json 提交企业数据，或上传 .xlsx（请求体或 multipart 字段 file）", statusCode: StatusCodes.Status415UnsupportedMediaType);
        input.Position = 0;

        // Buffered: AssessFile validates everything before writing, and a failure while writing must never leave a partial body.
        var output = new MemoryStream();
        await assess.ExecuteAsync(input, fileName, ruleset, d, output, ct: ct);
        return TypedResults.Bytes(output.ToArray(), "application/json; charset=utf-8");
    }

    private static Ok<List<RuleSetInfo>> RuleSets() => TypedResults.Ok(RuleSetCatalog.All
        .OrderBy(r => CheckupOrder(r.Id)).ThenBy(r => r.Version)
        .Select(r => new RuleSetInfo(r.Id, r.Version, r.Name, r.Sources, Iso(r.EffectiveFrom), r.EffectiveTo is { } t ? Iso(t) : null,
            r.Rules.Select(x => new RuleInfo(x.Id, x.Kind, x.Citation, x.Source, x.Clause)).ToList()))
        .ToList());

    /// <summary>The rule sets in the order the check-up shows them (national first).</summary>
    public static int CheckupOrder(string id) => id switch { "hnte-2016" => 0, "hz-hnte-2016" => 1, "tech-sme-2017" => 2, _ => 3 };

    public static DateOnly? ParseDate(string? s) =>
        DateOnly.TryParseExact(s?.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;

    public static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static ProblemHttpResult BadParameter(string detail) =>
        TypedResults.Problem(title: "请求参数有误", detail: detail, statusCode: StatusCodes.Status400BadRequest);

    /// <summary>One check-up result as JSON: the rule set and the result in the document format.</summary>
    public static void WriteCheckup(Utf8JsonWriter w, CheckupView view)
    {
        w.WriteStartObject();
        w.WriteNumber("enterpriseId", view.EnterpriseId);
        w.WriteString("uscc", view.Uscc);
        w.WriteString("name", view.Name);
        w.WriteString("jurisdiction", view.Jurisdiction);
        w.WriteString("date", Iso(view.Date));
        w.WriteStartArray("results");
        foreach (var r in view.Results)
        {
            w.WriteStartObject();
            w.WriteString("ruleset", r.RuleSet.Id);
            w.WriteNumber("rulesetVersion", r.RuleSet.Version);
            w.WriteString("rulesetName", r.RuleSet.Name);
            w.WritePropertyName("result");
            AssessmentJson.WriteResult(w, r.Result);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteEndObject();
    }
}
