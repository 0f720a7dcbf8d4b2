using System.Net;
using System.Net.Http.Json;
using Seedbed.Core.Accounts;
using Seedbed.Web.Tests.Support;

namespace Seedbed.Web.Tests.Security;

/// <summary>
/// Every role × every endpoint class, through the real host with real API tokens (docs/accounts.md has the table):
/// allowed classes answer 200, denied ones 403, and no credentials 401.
/// </summary>
public sealed class RoleAccessTests(RoleApp app) : IClassFixture<RoleApp>
{
    public static readonly TheoryData<string> AllRoles = new(Roles.All.Select(r => r.Code));

    private static readonly Dictionary<string, string[]> Allowed = new(StringComparer.Ordinal)
    {
        ["enterprises-read"] = [Roles.BureauAdmin, Roles.BureauStaff, Roles.JurisdictionOfficer, Roles.ServiceOfficer, Roles.Enterprise],
        ["enterprises-write"] = [Roles.BureauAdmin, Roles.BureauStaff, Roles.JurisdictionOfficer, Roles.ServiceOfficer, Roles.Enterprise],
        ["checkup"] = [Roles.BureauAdmin, Roles.BureauStaff, Roles.JurisdictionOfficer, Roles.ServiceOfficer, Roles.Enterprise],
        ["export"] = [Roles.BureauAdmin, Roles.BureauStaff, Roles.JurisdictionOfficer],
        ["import"] = [Roles.BureauAdmin, Roles.BureauStaff],
        ["reference"] = [.. Roles.All.Select(r => r.Code)],
        ["assess"] = [.. Roles.All.Select(r => r.Code)],
        ["certifications-read"] = [Roles.BureauAdmin, Roles.BureauStaff, Roles.JurisdictionOfficer, Roles.ServiceOfficer, Roles.Enterprise],
        ["certifications-import"] = [Roles.BureauAdmin, Roles.BureauStaff],
        ["pools-read"] = [Roles.BureauAdmin, Roles.BureauStaff, Roles.JurisdictionOfficer, Roles.ServiceOfficer, Roles.Enterprise],
        ["pools-export"] = [Roles.BureauAdmin, Roles.BureauStaff, Roles.JurisdictionOfficer],
        ["pools-decide"] = [Roles.BureauAdmin, Roles.BureauStaff],
        ["sunrise-bureau"] = [Roles.BureauAdmin, Roles.BureauStaff],
        ["sunrise-applicants"] = [Roles.BureauAdmin, Roles.BureauStaff, Roles.Enterprise],
        ["sunrise-reviews"] = [Roles.Reviewer],
        ["plan-setup-read"] = [Roles.BureauAdmin, Roles.BureauStaff, Roles.JurisdictionOfficer],
        ["plan-setup-write"] = [Roles.BureauAdmin, Roles.BureauStaff],
        ["bulletins-read"] = [Roles.BureauAdmin, Roles.BureauStaff, Roles.JurisdictionOfficer],
        ["schemes-write"] = [Roles.BureauAdmin, Roles.BureauStaff],
        ["plans-read"] = [Roles.BureauAdmin, Roles.BureauStaff, Roles.JurisdictionOfficer],
    };

    [Theory, MemberData(nameof(AllRoles))]
    public async Task EveryEndpointClass_AllowsOrDeniesTheRole(string role)
    {
        var http = await app.ClientForAsync(role);
        var own = app.OwnEnterpriseOf(role);
        var (plan, scheme) = await app.DefaultSchemeAsync();
        var results = new Dictionary<string, HttpStatusCode>(StringComparer.Ordinal)
        {
            ["enterprises-read"] = (await http.GetAsync($"/api/enterprises/{own}")).StatusCode,
            ["enterprises-write"] = (await http.PutAsJsonAsync($"/api/enterprises/{own}", await app.BodyOfAsync(own))).StatusCode,
            ["checkup"] = (await http.GetAsync($"/api/enterprises/{own}/checkup?date=2020-06-30")).StatusCode,
            ["export"] = (await http.GetAsync("/api/enterprises/export")).StatusCode,
            ["import"] = (await http.GetAsync("/api/imports/template")).StatusCode,
            ["reference"] = (await http.GetAsync("/api/jurisdictions")).StatusCode,
            ["assess"] = (await http.GetAsync("/api/rulesets")).StatusCode,
            ["certifications-read"] = (await http.GetAsync("/api/certifications/due?asOf=2026-11-27")).StatusCode,
            ["certifications-import"] = (await http.PostAsync("/api/certifications/imports?kind=hnte&dryRun=true", CertificationListData.ListForm())).StatusCode,
            ["pools-read"] = (await http.GetAsync("/api/pools/summary")).StatusCode,
            ["pools-export"] = (await http.GetAsync("/api/pools/export")).StatusCode,
            ["pools-decide"] = (await http.GetAsync("/api/pools/proposals")).StatusCode,
            ["sunrise-bureau"] = (await http.GetAsync("/api/sunrise/reviewers")).StatusCode,
            ["sunrise-applicants"] = (await http.GetAsync("/api/sunrise/calls")).StatusCode,
            ["sunrise-reviews"] = (await http.GetAsync("/api/sunrise/reviews")).StatusCode,
            ["plan-setup-read"] = (await http.GetAsync($"/api/plans/{app.PlanId}")).StatusCode,
            ["plan-setup-write"] = (await http.PostAsync("/api/plans/import?dryRun=true", PlanTableData.Form(PlanTableData.OtherDistrict, "role-" + role))).StatusCode,
            ["bulletins-read"] = (await http.GetAsync("/api/bulletins")).StatusCode,
            ["schemes-write"] = (await http.PutAsJsonAsync($"/api/plans/{plan}/schemes/{scheme.Id}", scheme.Body)).StatusCode,
            ["plans-read"] = (await http.GetAsync("/api/plans")).StatusCode,
        };
        foreach (var (endpointClass, status) in results)
        {
            var expected = Allowed[endpointClass].Contains(role) ? HttpStatusCode.OK : HttpStatusCode.Forbidden;
            Assert.True(expected == status, $"{role} × {endpointClass}: expected {(int)expected}, got {(int)status}");
        }
    }

    [Fact]
    public async Task NoCredentials_EveryEndpointClassIs401_AndPagesRedirectToLogin()
    {
        var http = CookieLogin.NewClient(app.Factory);
        foreach (var path in new[] { "/api/enterprises", "/api/enterprises/1", "/api/enterprises/export", "/api/imports/template", "/api/jurisdictions", "/api/rulesets", "/api/plans", "/api/bulletins", "/openapi/v1.json" })
            Assert.Equal(HttpStatusCode.Unauthorized, (await http.GetAsync(path)).StatusCode);
        foreach (var path in new[] { "/", "/enterprises", "/import", "/checkup", "/plans", "/plans/setup", "/plans/bulletins" })
        {
            var r = await http.GetAsync(path);
            Assert.Equal(HttpStatusCode.Redirect, r.StatusCode);
            Assert.StartsWith("/account/login", r.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task WrongOrRevokedToken_Is401()
    {
        var http = app.Factory.AnonymousClient();
        http.DefaultRequestHeaders.Authorization = new("Bearer", "sbt_not-a-real-token");
        var r = await http.GetAsync("/api/jurisdictions");
        Assert.Equal(HttpStatusCode.Unauthorized, r.StatusCode);
        Assert.Contains("未登录", await r.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

}
