using System.Text.Encodings.Web;
using System.Text.Json;
using HealthExchange.Validation.Issues;
using HealthExchange.Validation.Reading;

namespace HealthExchange.Ingest.Loading;

/// <summary>The JSON shape of issues in quarantine rows and receipts: stable field names, Chinese kept readable.</summary>
public static class IssueJson
{
    public static readonly JsonSerializerOptions Options = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull,
    };

    public sealed record IssueDto(string Code, string Severity, int? Row, string? Column, string? Value, string MessageZh, string MessageEn);

    /// <remarks>Columns, values and details come from the sender: cleaned so that jsonb and receipts can always hold them.</remarks>
    public static IssueDto ToDto(ValidationIssue issue) => new(issue.Code, issue.Severity == IssueSeverity.Error ? "error" : "warning",
        issue.Row, StorableText.Clean(issue.Column), StorableText.Clean(issue.Value), StorableText.Clean(issue.MessageZh)!, StorableText.Clean(issue.MessageEn)!);

    public static string Serialize(IEnumerable<ValidationIssue> issues) => JsonSerializer.Serialize(issues.Select(ToDto), Options);
}
