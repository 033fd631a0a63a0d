namespace HealthExchange.Validation.Catalogues;

/// <summary>The cross-field rules a catalogue table may declare under <c>checks:</c>, all between two temporal columns.</summary>
public enum TableCheckRule
{
    /// <summary>The column's moment is the reference's or later (discharge not before admission).</summary>
    NotBefore,

    /// <summary>The column's moment is the reference's or earlier (birth not after the visit).</summary>
    NotAfter,
}

public static class TableCheckRuleNames
{
    private static readonly Dictionary<string, TableCheckRule> ByWire = new(StringComparer.Ordinal)
    {
        ["not_before"] = TableCheckRule.NotBefore,
        ["not_after"] = TableCheckRule.NotAfter,
    };

    public static IEnumerable<string> All => ByWire.Keys;

    public static bool TryParse(string? text, out TableCheckRule rule) => ByWire.TryGetValue(text ?? "", out rule);

    public static string ToWire(this TableCheckRule rule) => ByWire.First(pair => pair.Value == rule).Key;
}
