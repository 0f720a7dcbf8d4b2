using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Seedbed.Core.Data;

namespace Seedbed.Core;

public static class SeedbedCore
{
    /// <summary>Registers the database factory and every use case. Shared by the web host and the CLI.</summary>
    public static IServiceCollection AddSeedbedCore(this IServiceCollection services, IConfiguration config, string? workingDirectory = null)
    {
        var settings = DatabaseSettings.From(k => config[k], workingDirectory ?? Directory.GetCurrentDirectory());
        services.AddSingleton(settings);
        services.AddSingleton<Audit.AuditActorProvider>();
        services.AddSingleton<Accounts.AccessScopeProvider>();
        services.AddSingleton<IDbContextFactory<SeedbedDb>>(sp => new SeedbedDbFactory(settings,
            sp.GetRequiredService<Audit.AuditActorProvider>(), sp.GetRequiredService<Accounts.AccessScopeProvider>()));
        services.AddSingleton<SeedbedInitializer>();
        // headless Chromium for printed documents (通报; the web host's 体检报告 too): Seedbed:Chromium, Seedbed:ChromiumTimeoutSeconds
        services.AddSingleton(sp => Common.ChromiumPdf.FromConfig(k => config[k],
            sp.GetService<Microsoft.Extensions.Logging.ILoggerFactory>()?.CreateLogger(typeof(Common.ChromiumPdf).FullName ?? "ChromiumPdf")));
        // ASP.NET Core Identity with the database store; scoped contexts for its stores only (use cases use the factory)
        services.AddScoped(sp => sp.GetRequiredService<IDbContextFactory<SeedbedDb>>().CreateDbContext());
        services.AddIdentityCore<Accounts.SeedbedUser>(o =>
            {
                o.Password.RequiredLength = Accounts.PasswordPolicy.MinLength;
                o.Password.RequireDigit = o.Password.RequireLowercase = o.Password.RequireUppercase = o.Password.RequireNonAlphanumeric = false;
                o.Lockout.MaxFailedAccessAttempts = 5;
                o.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                o.Lockout.AllowedForNewUsers = true;
            })
            .AddRoles<Microsoft.AspNetCore.Identity.IdentityRole>()
            .AddEntityFrameworkStores<SeedbedDb>()
            .AddPasswordValidator<Accounts.PasswordPolicy>();
        // use cases: one small class each, stateless, so singletons are fine
        foreach (var t in typeof(SeedbedCore).Assembly.GetTypes()
                     .Where(t => t is { IsClass: true, IsAbstract: false, IsPublic: true } && t.GetCustomAttributes(typeof(UseCaseAttribute), false).Length > 0))
            services.AddSingleton(t);
        return services;
    }
}

/// <summary>Marks a use-case class (one public method) for registration by <see cref="SeedbedCore.AddSeedbedCore"/>.</summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class UseCaseAttribute : Attribute;
