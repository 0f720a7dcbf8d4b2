namespace Seedbed.Rules.Registry;

/// <summary>
/// 统一社会信用代码 (Unified Social Credit Code), GB 32100-2015.
/// 18 characters from the set 0-9 A-H J-N P-R T-U W-Y (no I, O, Z, S, V); the 18th is a check character
/// computed from the first 17 with weights 3^(i) mod 31 (GB 32100-2015 §5, Table 2 and §6).
/// </summary>
public static class Uscc
{
    public const int Length = 18;
    private const string Alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static readonly int[] Weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

    /// <summary>Check character for the first 17 characters (which must be valid).</summary>
    public static char CheckCharacter(ReadOnlySpan<char> first17)
    {
        if (first17.Length != Length - 1) throw new ArgumentException("需要前17位", nameof(first17));
        var sum = 0;
        for (var i = 0; i < first17.Length; i++)
        {
            var v = Alphabet.IndexOf(first17[i], StringComparison.Ordinal);
            if (v < 0) throw new ArgumentException($"第{i + 1}位字符“{first17[i]}”不是合法字符", nameof(first17));
            sum += v * Weights[i];
        }
        var c = 31 - (sum % 31);
        return Alphabet[c == 31 ? 0 : c];
    }

    /// <summary>Validates a code; returns null when valid, otherwise a Chinese message naming the wrong character.</summary>
    public static string? Validate(string? code)
    {
        if (string.IsNullOrWhiteSpace(code)) return "统一社会信用代码不能为空";
        if (code.Length != Length) return $"统一社会信用代码应为18位，实际为{code.Length}位";
        for (var i = 0; i < Length; i++)
        {
            var ch = code[i];
            if (Alphabet.IndexOf(ch, StringComparison.Ordinal) < 0)
            {
                var hint = ch is >= 'a' and <= 'z' ? "（字母须大写）" : ch is 'I' or 'O' or 'Z' or 'S' or 'V' ? "（代码中不使用 I、O、Z、S、V）" : "";
                return $"统一社会信用代码第{i + 1}位字符“{ch}”不是合法字符{hint}";
            }
        }
        var expected = CheckCharacter(code.AsSpan(0, Length - 1));
        return expected == code[Length - 1]
            ? null
            : $"统一社会信用代码第18位校验码错误：应为“{expected}”，实际为“{code[Length - 1]}”";
    }

    public static bool IsValid(string? code) => Validate(code) is null;

    /// <summary>Builds a valid code from 17 leading characters (used by the demo generator and tests).</summary>
    public static string Complete(string first17) => first17 + CheckCharacter(first17);
}
