using System.Security.Cryptography;
using Microsoft.AspNetCore.Identity;

namespace Seedbed.Core.Accounts;

/// <summary>
/// 等保2.0 password rules: at least 10 characters from at least three of the four classes (upper case, lower case,
/// digits, symbols). Identity's own flags can only require all classes, so this validator does the "three of four".
/// </summary>
public sealed class PasswordPolicy : IPasswordValidator<SeedbedUser>
{
    public const int MinLength = 10;

    public static string? Check(string? password)
    {
        if (string.IsNullOrEmpty(password) || password.Length < MinLength) return $"密码至少需要{MinLength}位";
        var classes = (password.Any(char.IsUpper) ? 1 : 0) + (password.Any(char.IsLower) ? 1 : 0)
            + (password.Any(char.IsDigit) ? 1 : 0) + (password.Any(c => !char.IsLetterOrDigit(c)) ? 1 : 0);
        return classes >= 3 ? null : "密码须包含大写字母、小写字母、数字、符号中的至少三类";
    }

    public Task<IdentityResult> ValidateAsync(UserManager<SeedbedUser> manager, SeedbedUser user, string? password) =>
        Task.FromResult(Check(password) is { } error
            ? IdentityResult.Failed(new IdentityError { Code = "PasswordPolicy", Description = error })
            : IdentityResult.Success);

    /// <summary>A random one-time password meeting the policy (16 characters, all four classes).</summary>
    public static string Generate()
    {
        const string upper = "ABCDEFGHJKLMNPQRSTUVWXYZ", lower = "abcdefghijkmnpqrstuvwxyz", digits = "23456789", symbols = "!@#$%&*?+=";
        const string all = upper + lower + digits + symbols;
        var chars = new char[16];
        chars[0] = upper[RandomNumberGenerator.GetInt32(upper.Length)];
        chars[1] = lower[RandomNumberGenerator.GetInt32(lower.Length)];
        chars[2] = digits[RandomNumberGenerator.GetInt32(digits.Length)];
        chars[3] = symbols[RandomNumberGenerator.GetInt32(symbols.Length)];
        for (var i = 4; i < chars.Length; i++) chars[i] = all[RandomNumberGenerator.GetInt32(all.Length)];
        RandomNumberGenerator.Shuffle(chars.AsSpan());
        return new string(chars);
    }
}
