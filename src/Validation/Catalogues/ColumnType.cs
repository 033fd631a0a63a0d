using System.Globalization;
using System.Text.RegularExpressions;

namespace HealthExchange.Validation.Catalogues;

// The members name the catalogue's own type words (string, integer, decimal), not CLR types.
#pragma warning disable CA1720
public enum ColumnKind
{
    String,
    Code,
    Integer,
    Decimal,
    Date,
    DateTime,
    Boolean,
}
#pragma warning restore CA1720

/// <summary>A catalogue column type such as <c>string(32)</c>, <c>code(2)</c> or <c>decimal(12,2)</c>.</summary>
public readonly partial record struct ColumnType(ColumnKind Kind, int Length = 0, int Precision = 0, int Scale = 0)
{
    [GeneratedRegex(@"^(?<kind>string|code|integer|decimal|date|datetime|boolean)(\((?<a>\d{1,4})(,(?<b>\d{1,2}))?\))?$")]
    private static partial Regex Syntax();

    public static bool TryParse(string text, out ColumnType type)
    {
        type = default;
        var match = Syntax().Match(text.Replace(" ", "", StringComparison.Ordinal));
        if (!match.Success) return false;
        var a = match.Groups["a"].Success ? int.Parse(match.Groups["a"].Value, CultureInfo.InvariantCulture) : 0;
        var b = match.Groups["b"].Success ? int.Parse(match.Groups["b"].Value, CultureInfo.InvariantCulture) : 0;
        var hasArgs = match.Groups["a"].Success;
        switch (match.Groups["kind"].Value)
        {
            case "string" when hasArgs && !match.Groups["b"].Success && a > 0:
                type = new ColumnType(ColumnKind.String, a); return true;
            case "code" when hasArgs && !match.Groups["b"].Success && a > 0:
                type = new ColumnType(ColumnKind.Code, a); return true;
            case "decimal" when hasArgs && a is > 0 and <= 38 && b <= a:
                type = new ColumnType(ColumnKind.Decimal, Precision: a, Scale: b); return true;
            case "integer" when !hasArgs: type = new ColumnType(ColumnKind.Integer); return true;
            case "date" when !hasArgs: type = new ColumnType(ColumnKind.Date); return true;
            case "datetime" when !hasArgs: type = new ColumnType(ColumnKind.DateTime); return true;
            case "boolean" when !hasArgs: type = new ColumnType(ColumnKind.Boolean); return true;
            default: return false;
        }
    }

    public bool IsTemporal => Kind is ColumnKind.Date or ColumnKind.DateTime;

    public override string ToString() => Kind switch
    {
        ColumnKind.String => $"string({Length})",
        ColumnKind.Code => $"code({Length})",
        ColumnKind.Decimal => $"decimal({Precision},{Scale})",
        _ => Kind.ToString().ToLowerInvariant(),
    };
}
