using Seedbed.Web.Security;
using Microsoft.AspNetCore.Http.HttpResults;
using Seedbed.Core.Accounts;
using Seedbed.Core.Audit;

namespace Seedbed.Web.Api;

/// <summary>The body of <c>POST /api/tokens</c>.</summary>
public sealed record NewTokenInput(string? Name);

/// <summary>The answer of <c>POST /api/tokens</c>: the token in clear text, this once only.</summary>
public sealed record NewTokenResponse(string Token, string Name, string Prefix);

/// <summary><c>/api/tokens</c>: the caller's own personal API tokens (接口令牌) — list, create, revoke.</summary>
public static class TokensApi
{
    public static RouteGroupBuilder MapTokensApi(this IEndpointRouteBuilder app)
    {
        var g = app.MapGroup("/api/tokens").WithTags("接口令牌").RequireAuthorization();
        g.MapGet("/", List).WithSummary("我的接口令牌（不含令牌本身）");
        g.MapPost("/", Create).WithSummary("新建接口令牌；令牌只在此次返回，请妥善保存");
        g.MapDelete("/{id}", Revoke).WithSummary("吊销我的一个接口令牌");
        return g;
    }

    private static async Task<Ok<IReadOnlyList<ApiTokenItem>>> List(ApiTokens tokens, HttpContext http, CancellationToken ct)
        => TypedResults.Ok(await tokens.ListAsync(UserId(http), ct));

    private static async Task<Created<NewTokenResponse>> Create(NewTokenInput input, ApiTokens tokens, AuditActorProvider actors,
        HttpContext http, CancellationToken ct)
    {
        var token = await tokens.IssueAsync(http.User.Identity!.Name!, input.Name ?? "", actors.Current(), ct);
        return TypedResults.Created("/api/tokens", new NewTokenResponse(token, (input.Name ?? "").Trim(), token[..10]));
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> Revoke(int id, ApiTokens tokens, AuditActorProvider actors,
        HttpContext http, CancellationToken ct)
        => await tokens.RevokeAsync(id, UserId(http), actors.Current(), ct)
            ? TypedResults.NoContent()
            : TypedResults.Problem(title: "令牌不存在", detail: $"没有编号为 {id} 的有效令牌", statusCode: StatusCodes.Status404NotFound);

    private static string UserId(HttpContext http) =>
        http.User.UserId() ?? throw new InvalidOperationException("signed-in user without an id claim");
}
