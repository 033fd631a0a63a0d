namespace HealthExchange.Validation.Checking;

/// <summary>GB 11643-1999 citizen identity numbers: 17 digits and an ISO 7064 MOD 11-2 check character.</summary>
public static class NationalId
{
    private static readonly int[] Weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
    private const string CheckCharacters = "10X98765432";

    public static bool HasValidShape(string id)
    {
        if (id.Length != 18) return false;
        for (var i = 0; i < 17; i++)
            if (!char.IsAsciiDigit(id[i])) return false;
        return char.IsAsciiDigit(id[17]) || id[17] is 'X' or 'x';
    }

    public static char CheckCharacter(ReadOnlySpan<char> first17)
    {
        var sum = 0;
        for (var i = 0; i < 17; i++) sum += (first17[i] - '0') * Weights[i];
        return CheckCharacters[sum % 11];
    }

    public static bool HasValidCheckDigit(string id) =>
        HasValidShape(id) && char.ToUpperInvariant(id[17]) == CheckCharacter(id.AsSpan(0, 17));

    /// <summary>The birth date encoded in positions 7–14, if it is a real date.</summary>
    public static DateOnly? BirthDate(string id) =>
        id.Length == 18 && CommonDateShapes.TryParseDate(id.AsSpan(6, 8), out var date) ? date : null;
}
