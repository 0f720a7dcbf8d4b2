namespace Seedbed.Web;

/// <summary>Marker type for the UI texts in <c>Resources/UiText.resx</c> (zh-CN, the neutral culture) and <c>UiText.en.resx</c>.</summary>
public sealed class UiText;
