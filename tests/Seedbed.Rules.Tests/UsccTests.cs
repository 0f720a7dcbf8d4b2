using Seedbed.Rules.Registry;

namespace Seedbed.Rules.Tests;

public class UsccTests
{
    // Published codes of real organisations (GB 32100-2015 check characters verified by hand).
    [Theory]
    [InlineData("91440300708461136T")]
    [InlineData("91110000802100433B")]
    [InlineData("91330100716105852F")]
    public void Validate_PublishedCodes_AreValid(string code) => Assert.Null(Uscc.Validate(code));

    [Fact]
    public void CheckCharacter_ComputesGb32100Weights()
    {
        // 9 1 1 1 0 0 0 0 8 0 2 1 0 0 4 3 3 → B (sum of value × 3^i mod 31, check = 31 − sum mod 31)
        Assert.Equal('B', Uscc.CheckCharacter("91110000802100433"));
    }

    [Theory]
    [InlineData("91440300708461136U", "第18位校验码错误：应为“T”，实际为“U”")]
    [InlineData("91440300708461136", "应为18位，实际为17位")]
    [InlineData("91440300708461136TT", "应为18位，实际为19位")]
    [InlineData("914403007I8461136T", "第10位字符“I”不是合法字符（代码中不使用 I、O、Z、S、V）")]
    [InlineData("91330100716105852f", "第18位字符“f”不是合法字符（字母须大写）")]
    [InlineData("", "不能为空")]
    public void Validate_BadCodes_SayWhichCharacterIsWrong(string code, string expected)
    {
        var message = Uscc.Validate(code);
        Assert.NotNull(message);
        Assert.Contains(expected, message, StringComparison.Ordinal);
    }

    [Fact]
    public void Complete_ProducesValidCodes_AndEveryWrongCheckCharacterIsRefused()
    {
        var code = Uscc.Complete("91330105MA2B3C4D5");
        Assert.True(Uscc.IsValid(code));
        foreach (var c in "0123456789ABCDEFGHJKLMNPQRTUWXY")
            if (c != code[17]) Assert.False(Uscc.IsValid(code[..17] + c));
    }
}
