using Seedbed.Rules.Certifications;

namespace Seedbed.Rules.Tests.Certifications;

public class CertificationCalendarTests
{
    private static DateOnly D(int y, int m, int d) => new(y, m, d);

    [Theory]
    [InlineData("hnte", "2019-12-02", "2022-12-01")]
    [InlineData("hnte", "2020-02-29", "2023-02-28")]
    [InlineData("hz-hnte", "2019-03-01", "2022-02-28")]
    [InlineData("tech-sme", "2024-02-29", "2024-12-31")]
    [InlineData("zj-tech-sme", "2019-03-01", null)]
    public void DefaultExpiry(string kind, string issued, string? expected) =>
        Assert.Equal(expected is null ? null : DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture),
            CertificationCalendar.DefaultExpiry(kind, DateOnly.Parse(issued, System.Globalization.CultureInfo.InvariantCulture)));

    [Fact]
    public void TwelveMonths_Inclusive_LeapDayEndsOn28February()
    {
        Assert.True(CertificationCalendar.ExpiresWithinYear(D(2025, 2, 28), D(2024, 2, 29)));
        Assert.False(CertificationCalendar.ExpiresWithinYear(D(2025, 3, 1), D(2024, 2, 29)));
        Assert.True(CertificationCalendar.ExpiresWithinYear(D(2024, 2, 29), D(2024, 2, 29)));
        Assert.False(CertificationCalendar.ExpiresWithinYear(D(2024, 2, 28), D(2024, 2, 29)));
        Assert.True(CertificationCalendar.ExpiresWithinYear(D(2024, 2, 29), D(2023, 2, 28)) is false);
        Assert.Equal(D(2024, 2, 28), CertificationCalendar.ExpiryHorizon(D(2023, 2, 28)));
    }

    [Fact]
    public void Deadlines_SwitchToNextYearTheDayAfter()
    {
        Assert.Equal(D(2026, 5, 31), CertificationCalendar.AnnualReportDeadline(D(2026, 5, 31)));
        Assert.Equal(D(2027, 5, 31), CertificationCalendar.AnnualReportDeadline(D(2026, 6, 1)));
        Assert.Equal(D(2024, 3, 31), CertificationCalendar.RegistrationDeadline(D(2024, 2, 29)));
        Assert.Equal(D(2025, 3, 31), CertificationCalendar.RegistrationDeadline(D(2024, 4, 1)));
        Assert.Equal(31, CertificationCalendar.DaysLeft(D(2024, 3, 31), D(2024, 2, 29)));
    }

    [Theory]
    [InlineData("2025-12-01", "2028-11-30", 2026, true)]
    [InlineData("2026-01-01", "2028-12-31", 2026, false)]
    [InlineData("2021-12-01", "2024-12-31", 2026, false)]
    [InlineData("2022-01-02", "2025-01-01", 2026, true)]
    public void AnnualReportDue_CertifiedBeforeTheYear_ValidTheYearBefore(string issued, string expires, int year, bool due) =>
        Assert.Equal(due, CertificationCalendar.AnnualReportDue(DateOnly.Parse(issued, System.Globalization.CultureInfo.InvariantCulture),
            DateOnly.Parse(expires, System.Globalization.CultureInfo.InvariantCulture), year));

    [Theory]
    [InlineData("GR201933000123", null)]
    [InlineData("GR2019330001", "格式不正确")]
    [InlineData("gr201933000123", "格式不正确")]
    [InlineData("GR 201933000123", "空格")]
    [InlineData("", "不能为空")]
    public void HnteNumbers(string number, string? error)
    {
        var result = CertificationCalendar.ValidateNumber("hnte", number);
        if (error is null) Assert.Null(result);
        else Assert.Contains(error, result, StringComparison.Ordinal);
    }

    [Fact]
    public void Names_TrimAndParentheses_NothingElse()
    {
        Assert.Equal("杭州乙(拱墅)信息技术有限公司", CertificationCalendar.NormalizeName("\u3000杭州乙（拱墅）信息技术有限公司 "));
        Assert.NotEqual(CertificationCalendar.NormalizeName("杭州乙信息技术有限公司"), CertificationCalendar.NormalizeName("杭州 乙信息技术有限公司"));
    }

    [Theory]
    [InlineData(-5, DueLight.Red)]
    [InlineData(90, DueLight.Red)]
    [InlineData(91, DueLight.Amber)]
    [InlineData(180, DueLight.Amber)]
    [InlineData(181, DueLight.Green)]
    public void ExpiryLights(int days, DueLight light) =>
        Assert.Equal(light, CertificationCalendar.Light(days, CertificationCalendar.ExpiryRedDays, CertificationCalendar.ExpiryAmberDays));
}
