namespace HealthExchange.Validation.Issues;

/// <summary>An error rejects the row (or record); a warning loads it and records the warning.</summary>
public enum IssueSeverity
{
    Warning,
    Error,
}
