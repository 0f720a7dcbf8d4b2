namespace Seedbed.Web.Hosting;

/// <summary>Whether the registry holds the generated demo district (then the header shows 演示数据). Set once at start.</summary>
public sealed class DemoStatus
{
    public bool Loaded { get; set; }
}
