using Microsoft.Extensions.Localization;

namespace Seedbed.Web.Components.Layout;

/// <summary>The breadcrumb trail for a base-relative path (the pages are few, so a table beats a registry).</summary>
public static class Breadcrumbs
{
    public static IReadOnlyList<(string Text, string? Href)> For(string relativePath, IStringLocalizer<UiText> l)
    {
        var path = relativePath.Split('?', '#')[0].Trim('/');
        var parts = path.Length == 0 ? [] : path.Split('/');
        var trail = new List<(string, string?)> { (l["Menu.Home"], "/") };
        if (parts.Length == 0) return trail;
        switch (parts[0])
        {
            case "enterprises":
                trail.Add((l["Menu.Enterprises"], "/enterprises"));
                if (parts.Length >= 2 && parts[1] == "new") trail.Add((l["Crumb.New"], null));
                else if (parts.Length >= 2 && int.TryParse(parts[1], System.Globalization.CultureInfo.InvariantCulture, out _))
                {
                    trail.Add((l["Crumb.Detail"], parts.Length > 2 ? $"/enterprises/{parts[1]}" : null));
                    if (parts.Length > 2 && parts[2] == "edit") trail.Add((l["Crumb.Edit"], null));
                    if (parts.Length > 2 && parts[2] == "checkup") trail.Add((l["Menu.TechCheckup"], null));
                }
                break;
            case "checkup":
                trail.Add((l["Menu.TechCheckup"], null));
                trail.Add((l["Crumb.District"], null));
                break;
            case "import":
                trail.Add((l["Menu.Import"], null));
                break;
            case "sunrise":
                trail.Add((l["Menu.Sunrise"], parts.Length > 1 ? "/sunrise" : null));
                if (parts.Length > 1)
                    trail.Add((parts[1] switch { "reviews" => l["Menu.SunriseReviews"], "monitoring" => l["Menu.SunriseMonitoring"], _ => l["Sunrise.CallCrumb"] }, null));
                break;
            case "plans":
                trail.Add((l["Menu.TargetAssessment"], parts.Length > 1 ? "/plans" : null));
                trail.Add((parts.Length < 2 ? l["Menu.PlanDashboard"] : parts[1] == "setup" ? l["Menu.PlanSetup"] : l["Menu.PlanBulletins"], null));
                break;
            case "admin" when parts.Length >= 2 && parts[1] is "users" or "audit":
                trail.Add((l["Menu.Admin"], null));
                trail.Add((l[parts[1] == "users" ? "Menu.Users" : "Menu.Audit"], null));
                break;
            case "account" when parts.Length >= 2 && parts[1] == "tokens":
                trail.Add((l["Menu.Admin"], null));
                trail.Add((l["Menu.Tokens"], null));
                break;
        }
        return trail;
    }
}
