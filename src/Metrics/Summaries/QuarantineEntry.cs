namespace HealthExchange.Metrics.Summaries;

/// <summary>A row still in quarantine with its issues; <see cref="QuarantineIssue.Value"/> is already masked.</summary>
public sealed record QuarantineEntry(string Institution, string BatchId, int Row, string Table, IReadOnlyList<QuarantineIssue> Issues,
    DateTimeOffset UploadedAt, DateTimeOffset QuarantinedAt);

/// <summary>One finding of a quarantined row, as Ingest stored it (IssueJson's shape).</summary>
public sealed record QuarantineIssue(string Code, string Severity, int? Row, string? Column, string? Value, string MessageZh, string MessageEn);
