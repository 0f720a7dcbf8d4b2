namespace Seedbed.Web.Hosting;

/// <summary>Upload size limits for imports (API and page).</summary>
public static class UploadLimits
{
    public const long MaxFileBytes = 50L * 1024 * 1024;
    /// <summary>Request body limit: the file plus multipart overhead.</summary>
    public const long MaxRequestBytes = MaxFileBytes + 1024 * 1024;
    public const string TooLargeMessage = "文件过大：导入文件不能超过 50 MB";
}
