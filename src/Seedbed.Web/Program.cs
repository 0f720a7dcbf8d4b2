using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Unicode;
using AntDesign;
using Microsoft.AspNetCore.Http.Features;
using Scalar.AspNetCore;
using Seedbed.Core;
using Seedbed.Core.Data;
using Seedbed.Web;
using Seedbed.Web.Api;
using Seedbed.Web.Components;
using Seedbed.Web.Hosting;
using Seedbed.Web.Security;

// zh-CN everywhere: formatting, Ant Design's built-in texts (pagination, date picker, ...), our resources.
var zh = CultureInfo.GetCultureInfo("zh-CN");
CultureInfo.DefaultThreadCurrentCulture = zh;
CultureInfo.DefaultThreadCurrentUICulture = zh;
LocaleProvider.DefaultLanguage = "zh-CN";

var builder = WebApplication.CreateBuilder(args);
// Package assets (_content/AntDesign, Vizor) resolve from the NuGet cache in any environment, so `dotnet run` works.
builder.WebHost.UseStaticWebAssets();
builder.WebHost.ConfigureKestrel(k => k.Limits.MaxRequestBodySize = UploadLimits.MaxRequestBytes);
builder.Services.Configure<FormOptions>(o => o.MultipartBodyLengthLimit = UploadLimits.MaxFileBytes);

// Chinese stays readable in prerendered HTML and in JSON instead of &#x...; / \uXXXX escapes.
builder.Services.AddSingleton(HtmlEncoder.Create(UnicodeRanges.All));
builder.Services.ConfigureHttpJsonOptions(o =>
{
    o.SerializerOptions.Encoder = JavaScriptEncoder.Create(UnicodeRanges.All);
    o.SerializerOptions.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase));
});

builder.Services.AddLocalization(o => o.ResourcesPath = "Resources");
builder.Services.AddRazorComponents().AddInteractiveServerComponents();
builder.Services.AddAntDesign();
builder.Services.AddSeedbedCore(builder.Configuration);
builder.Services.AddSeedbedAuth(builder.Configuration);
builder.Services.AddSingleton<RejectedWorkbookStore>();
builder.Services.AddSingleton<DemoStatus>();
builder.Services.AddSingleton<CheckupReportPdf>();
builder.Services.AddSingleton(TimeProvider.System);

builder.Services.AddProblemDetails(o => o.CustomizeProblemDetails = ProblemExceptionHandler.UseChineseTitle);
builder.Services.AddExceptionHandler<ProblemExceptionHandler>();
// Binding failures (page=abc, malformed JSON) throw, so ProblemExceptionHandler turns them into Chinese 400 ProblemDetails.
builder.Services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
builder.Services.AddOpenApi(o => o.AddDocumentTransformer((doc, _, _) =>
{
    doc.Info.Title = "Seedbed 高企培育 API";
    doc.Info.Description = "企业库、数据导入导出、科技度体检（评估、规则集、体检报告 PDF）。错误统一为 ProblemDetails（422：输入有误，errors 列出位置和原因）。";
    return Task.CompletedTask;
}));

var app = builder.Build();

app.UseExceptionHandler();
app.UseWhen(c => c.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase), a => a.UseStatusCodePages());
app.UseRequestLocalization(new RequestLocalizationOptions
{
    DefaultRequestCulture = new("zh-CN"),
    SupportedCultures = [zh, CultureInfo.GetCultureInfo("en")],
    SupportedUICultures = [zh, CultureInfo.GetCultureInfo("en")],
    // Only an explicit choice (the culture cookie) switches to English; a browser's Accept-Language does not.
    RequestCultureProviders = [new Microsoft.AspNetCore.Localization.CookieRequestCultureProvider()],
});
app.UseSeedbedAuth();
app.UseAntiforgery();

app.MapStaticAssets().AllowAnonymous();   // styles and scripts of the login page
app.MapOpenApi();
app.MapScalarApiReference("/api/docs", o =>
{
    o.Title = "Seedbed 高企培育 API";
    o.DefaultFonts = false;   // no font download from the internet
    o.Telemetry = false;
    o.ShowDeveloperTools = DeveloperToolsVisibility.Never;   // its toolbar links to cloud services
    o.Agent = new ScalarAgentOptions { Disabled = true };     // no AI chat calling out of the intranet
});
app.MapEnterprisesApi();
app.MapImportsApi();
app.MapJurisdictionsApi();
app.MapAssessmentsApi();
app.MapCheckupApi();
app.MapPoolsApi();
app.MapAuditApi();
app.MapTokensApi();
app.MapCertificationsApi();
app.MapSunriseApi();
app.MapPlanSetupApi();
app.MapBulletinsApi();
app.MapPlansApi();
app.MapAccountEndpoints();
app.MapRazorComponents<App>().AddInteractiveServerRenderMode(o => o.ContentSecurityFrameAncestorsPolicy = "'none'");

SessionContext.Wire(app.Services);   // the data layer scopes and audits by the signed-in user from here on
using (SessionContext.Begin(Session.System))
{
    await app.Services.GetRequiredService<SeedbedInitializer>().MigrateAsync();
    await DemoDistrictStartup.LoadIfConfiguredAsync(app);
    await AccountsStartup.PrepareAsync(app);
}
StartupBanner.Register(app);

await app.RunAsync();

public partial class Program;
