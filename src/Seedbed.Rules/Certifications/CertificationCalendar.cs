using System.Text.RegularExpressions;

namespace Seedbed.Rules.Certifications;

/// <summary>Traffic light of a due item: red = act now (or overdue), amber = soon, green = in time.</summary>
public enum DueLight { Green, Amber, Red }

/// <summary>
/// The date rules of certificates (认定) and their duties, without clock or I/O: default expiry, number formats, the
/// three due lists (certificate expiry, HNTE annual report by 31 May, tech-SME registration by 31 March) and the
/// traffic lights. Sources: rules-reference §1.5 (HNTE validity 3 years, annual report by end of May, re-application as
/// a new applicant), §2.6 (tech-SME registration valid for the evaluation year, update by end of March); the rest is
/// decided in docs/certifications.md.
/// </summary>
public static partial class CertificationCalendar
{
    public const string Hnte = "hnte", HzHnte = "hz-hnte", ZjTechSme = "zj-tech-sme", TechSme = "tech-sme";

    /// <summary>The kinds this module records (旭日计划 belongs to the Sunrise module).</summary>
    public static readonly IReadOnlyList<string> Kinds = [Hnte, HzHnte, ZjTechSme, TechSme];

    /// <summary>Kinds whose expiry is watched by the expiry list (tech-SME has its own yearly list).</summary>
    public static readonly IReadOnlyList<string> ExpiringKinds = [Hnte, HzHnte, ZjTechSme];

    /// <summary>Days left at or below which an expiring certificate is red / amber (decision: docs/certifications.md).</summary>
    public const int ExpiryRedDays = 90, ExpiryAmberDays = 180;
    /// <summary>Days left at or below which a deadline (annual report, registration) is red / amber.</summary>
    public const int DeadlineRedDays = 30, DeadlineAmberDays = 60;

    /// <summary>
    /// The expiry when none is given: HNTE and 市高企 3 years from issue (自颁发证书之日起有效期为三年, §1.5) = issue + 3 years − 1 day;
    /// tech-SME the end of the evaluation year (§2.6); 省科小 none (no fixed term found).
    /// </summary>
    public static DateOnly? DefaultExpiry(string kind, DateOnly issuedOn) => kind switch
    {
        Hnte or HzHnte or "sunrise" => ThreeYears(issuedOn),
        TechSme => new DateOnly(issuedOn.Year, 12, 31),
        _ => null,
    };

    /// <summary>The last day of a 3-year term: the day before the third anniversary; for 29 February (no anniversary) 28 February.</summary>
    public static DateOnly ThreeYears(DateOnly issuedOn) =>
        issuedOn is { Month: 2, Day: 29 } ? issuedOn.AddYears(3) : issuedOn.AddYears(3).AddDays(-1);

    /// <summary>HNTE certificate numbers: GR + 4-digit year + 8 digits (province code 33 for Zhejiang then a serial), e.g. GR201933000123.</summary>
    [GeneratedRegex("^GR(19|20)[0-9]{2}[0-9]{8}$", RegexOptions.CultureInvariant)]
    private static partial Regex HnteNumber();

    /// <summary>Checks a certificate number; null when fine, otherwise the reason in Chinese.</summary>
    public static string? ValidateNumber(string kind, string? number)
    {
        if (string.IsNullOrWhiteSpace(number)) return "证书编号不能为空";
        var n = number.Trim();
        if (n.Length > 100) return "证书编号不能超过100个字符";
        if (n.Any(char.IsWhiteSpace)) return $"证书编号“{n}”不能含空格";
        if (kind == Hnte && !HnteNumber().IsMatch(n))
            return $"国家高新技术企业证书编号“{n}”格式不正确，应为 GR + 年份 + 8位数字（如 GR201933000123）";
        return null;
    }

    /// <summary>Normalises a certificate number for comparisons: trimmed, upper case.</summary>
    public static string NumberKey(string number) => number.Trim().ToUpperInvariant();

    /// <summary>
    /// An enterprise name for exact matching: trimmed (incl. full-width spaces) and full-width parentheses （） made half-width ().
    /// Nothing else changes (no fuzzy matching).
    /// </summary>
    public static string NormalizeName(string name) =>
        name.Trim().Replace('（', '(').Replace('）', ')');

    /// <summary>The end of the 12-month window from <paramref name="asOf"/> (inclusive); 29 Feb + 12 months = 28 Feb.</summary>
    public static DateOnly ExpiryHorizon(DateOnly asOf) => asOf.AddMonths(12);

    /// <summary>Expires from <paramref name="asOf"/> up to and including the same day 12 months later.</summary>
    public static bool ExpiresWithinYear(DateOnly expiresOn, DateOnly asOf) => expiresOn >= asOf && expiresOn <= ExpiryHorizon(asOf);

    /// <summary>
    /// HNTE re-application year: the year the certificate expires (the 2016 rules have no re-review; the firm applies
    /// again as a new applicant, and may prepay tax at 15% in that year only if re-certified by year end, §1.5).
    /// </summary>
    public static bool HnteReapplyThisYear(DateOnly expiresOn, DateOnly asOf) => expiresOn.Year == asOf.Year;

    /// <summary>The next annual-report deadline on or after <paramref name="asOf"/>: 31 May of this year, or of next year after it.</summary>
    public static DateOnly AnnualReportDeadline(DateOnly asOf)
    {
        var thisYear = new DateOnly(asOf.Year, 5, 31);
        return asOf <= thisYear ? thisYear : thisYear.AddYears(1);
    }

    /// <summary>
    /// Who files the HNTE annual report due by 31 May of <paramref name="reportYear"/> (covering the year before): a certificate
    /// issued before that year and valid at some time during the previous year.
    /// </summary>
    public static bool AnnualReportDue(DateOnly issuedOn, DateOnly? expiresOn, int reportYear) =>
        issuedOn.Year < reportYear && (expiresOn ?? DateOnly.MaxValue) >= new DateOnly(reportYear - 1, 1, 1);

    /// <summary>The next tech-SME registration deadline on or after <paramref name="asOf"/>: 31 March of this year, or of next year after it.</summary>
    public static DateOnly RegistrationDeadline(DateOnly asOf)
    {
        var thisYear = new DateOnly(asOf.Year, 3, 31);
        return asOf <= thisYear ? thisYear : thisYear.AddYears(1);
    }

    /// <summary>The evaluation year a tech-SME registration belongs to: its issue (registration) year.</summary>
    public static int EvaluationYear(DateOnly issuedOn) => issuedOn.Year;

    public static int DaysLeft(DateOnly due, DateOnly asOf) => due.DayNumber - asOf.DayNumber;

    public static DueLight Light(int daysLeft, int redWithin, int amberWithin) =>
        daysLeft <= redWithin ? DueLight.Red : daysLeft <= amberWithin ? DueLight.Amber : DueLight.Green;

    public static string LightName(DueLight light) => light switch
    {
        DueLight.Red => "红", DueLight.Amber => "黄", _ => "绿",
    };
}
