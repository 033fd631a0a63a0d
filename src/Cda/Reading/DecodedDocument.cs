using HealthExchange.Validation.Issues;

namespace HealthExchange.Cda.Reading;

/// <summary>A document's text, or the reason it could not be decoded, and the encoding its declaration named.</summary>
internal sealed record DecodedDocument(string? Text, ValidationIssue? Problem, string Encoding)
{
    public static DecodedDocument Failed(ValidationIssue problem, string encoding) => new(null, problem, encoding);
}
