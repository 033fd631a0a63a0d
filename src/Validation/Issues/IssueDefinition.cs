namespace HealthExchange.Validation.Issues;

/// <summary>
/// One stable, numbered finding. Messages are templates: {0} is the column, {1} the detail. Codes never
/// change meaning once published; senders key their own handling on them.
/// </summary>
public sealed record IssueDefinition(string Code, IssueSeverity Severity, string TitleZh, string TitleEn, string HintZh, string HintEn);
