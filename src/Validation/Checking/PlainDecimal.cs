namespace HealthExchange.Validation.Checking;

/// <summary>
/// The common shape of a decimal value, [+-]digits[.digits] with at most 18 digits, read by hand together
/// with its fit into decimal(p,s): the same value and verdict as decimal.TryParse plus the precision check,
/// several times faster. Anything else is left to decimal.TryParse (<see cref="TryParse"/> returns false).
/// </summary>
internal static class PlainDecimal
{
    private const int MaxDigits = 18;

    /// <summary>True when <paramref name="text"/> has the plain shape; then <paramref name="fits"/> says whether it fits decimal(p,s).</summary>
    public static bool TryParse(ReadOnlySpan<char> text, int precision, int scale, out decimal value, out bool fits)
    {
        value = 0;
        fits = false;
        var i = 0;
        var negative = false;
        if (text.Length > 0 && (text[0] is '-' or '+')) { negative = text[0] == '-'; i = 1; }
        ulong mantissa = 0;
        var digits = 0;
        var integerDigits = 0;     // significant digits before the point (leading zeros do not count)
        var fractionDigits = 0;    // digits after the point
        var significantFraction = 0; // fraction digits up to the last non-zero one
        var point = false;
        for (; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '.' && !point) { point = true; continue; }
            var digit = c - '0';
            if ((uint)digit > 9 || ++digits > MaxDigits) return false;
            mantissa = (mantissa * 10) + (uint)digit;
            if (point)
            {
                fractionDigits++;
                if (digit != 0) significantFraction = fractionDigits;
            }
            else if (integerDigits > 0 || digit != 0) integerDigits++;
        }
        if (digits == 0) return false;
        value = new decimal((int)(uint)mantissa, (int)(uint)(mantissa >> 32), 0, negative, (byte)fractionDigits);
        fits = significantFraction <= scale && integerDigits <= precision - scale;
        return true;
    }
}
