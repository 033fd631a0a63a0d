namespace HealthExchange.Validation.Catalogues;

/// <summary>
/// 隶属关系: to which level of government an institution is affiliated, by the top-level groups of GB/T 12404
/// (10 中央, 20 省, 40 市, 50 县, 60 乡镇街道, 70 村居, 90 其他). The registry stores the label; an import may give
/// either the label or the code. Unknown is null, not a value.
/// </summary>
public static class InstitutionAffiliation
{
    public const string Province = "省";

    public static IReadOnlyList<(string Code, string Label)> All { get; } =
        [("10", "中央"), ("20", Province), ("40", "市"), ("50", "县"), ("60", "乡镇街道"), ("70", "村居"), ("90", "其他")];

    /// <summary>The label for a label or GB/T 12404 code; an empty text is unknown (null). False when it is neither.</summary>
    public static bool TryParse(string? text, out string? label)
    {
        label = null;
        var given = text?.Trim();
        if (string.IsNullOrEmpty(given)) return true;
        foreach (var (code, name) in All)
            if (given == name || given == code)
            {
                label = name;
                return true;
            }
        return false;
    }

    public static string Choices => string.Join(", ", All.Select(entry => $"{entry.Code} {entry.Label}"));
}
