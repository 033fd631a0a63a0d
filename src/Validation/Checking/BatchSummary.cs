using HealthExchange.Validation.Issues;

namespace HealthExchange.Validation.Checking;

/// <summary>
/// Counts of one validated batch and the first issues, as a receipt or `hx validate` shows them.
/// Received = accepted + rejected, always.
/// </summary>
public sealed class BatchSummary(int issueSampleSize = 100)
{
    public int Received { get; private set; }
    public int Accepted { get; private set; }
    public int Rejected { get; private set; }
    public int Warnings { get; private set; }
    public SortedDictionary<string, int> IssueCounts { get; } = new(StringComparer.Ordinal);
    public List<ValidationIssue> FirstIssues { get; } = [];

    public void AddHeaderIssues(IEnumerable<ValidationIssue> issues)
    {
        foreach (var issue in issues) Count(issue);
    }

    public void Add(ValidatedRow row)
    {
        Received++;
        if (row.Rejected) Rejected++; else Accepted++;
        foreach (var issue in row.Issues) Count(issue);
    }

    private void Count(ValidationIssue issue)
    {
        if (issue.Severity == IssueSeverity.Warning) Warnings++;
        IssueCounts[issue.Code] = IssueCounts.GetValueOrDefault(issue.Code) + 1;
        if (FirstIssues.Count < issueSampleSize) FirstIssues.Add(issue);
    }

    public bool HasErrors => Rejected > 0 || FirstIssues.Any(issue => issue.Severity == IssueSeverity.Error);
}
