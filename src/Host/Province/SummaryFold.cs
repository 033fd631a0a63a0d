using System.Text.Json;

namespace HealthExchange.Host.Province;

/// <summary>
/// Folds summaries rows (JSON, as the city API sends them) into a line of a province table: sums from the month rows,
/// upload days from the day rows, rates from the months that had a denominator. The same fold makes a city's line
/// and a provincial institution's line, so the two tables cannot count differently.
/// </summary>
internal sealed class SummaryFold(IReadOnlyList<JsonElement> days, IReadOnlyList<JsonElement> months)
{
    /// <summary>Distinct days on which any of the rows uploaded something.</summary>
    public int UploadDays => days.Where(row => Number(row, "rowsUploaded") > 0).Select(row => row.GetProperty("period").GetString()).Distinct().Count();

    public long Sum(string field) => months.Sum(row => Number(row, field) ?? 0);

    /// <summary>Σ numerator / Σ denominator over the months (of <paramref name="kind"/>) that reported a denominator; null ("/") when none did.</summary>
    public decimal? Rate(string numerator, string denominator, string? kind = null)
    {
        var counted = months.Where(row => (kind is null || row.GetProperty("kind").GetString() == kind) && Number(row, denominator) is > 0).ToList();
        var expected = counted.Sum(row => Number(row, denominator)!.Value);
        return expected > 0 ? Math.Round((decimal)counted.Sum(row => Number(row, numerator) ?? 0) / expected, 4) : null;
    }

    public static long? Number(JsonElement row, string field) =>
        row.TryGetProperty(field, out var value) && value.ValueKind == JsonValueKind.Number ? value.GetInt64() : null;

    public static string? Text(JsonElement row, string field) =>
        row.TryGetProperty(field, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
