using Microsoft.AspNetCore.Http.HttpResults;
using Seedbed.Core.Enterprises;

namespace Seedbed.Web.Api;

/// <summary><c>/api/jurisdictions</c>: the 属地 (subdistricts and the park) in task-table order.</summary>
public static class JurisdictionsApi
{
    public static RouteGroupBuilder MapJurisdictionsApi(this IEndpointRouteBuilder app)
    {
        var g = app.MapGroup("/api/jurisdictions").WithTags("属地");
        g.MapGet("/", async (ListJurisdictions list, CancellationToken ct) => TypedResults.Ok(await list.ExecuteAsync(ct)))
            .WithSummary("属地列表");
        return g;
    }
}
