using HealthExchange.Validation.Issues;
using HealthExchange.Validation.Reading;

namespace HealthExchange.Validation.Checking;

/// <summary>
/// A row after validation: typed values (string, long, decimal, DateOnly, DateTime, bool) aligned to the
/// catalogue columns, and its issues. Rejected rows go to quarantine; accepted rows are loaded.
/// </summary>
public sealed class ValidatedRow(SourceRow source, object?[] values)
{
    public SourceRow Source { get; } = source;
    public int RowNumber => Source.RowNumber;
    public object?[] Values { get; } = values;
    public List<ValidationIssue> Issues { get; } = [];
    public bool Rejected { get; private set; }

    public void Add(ValidationIssue issue)
    {
        Issues.Add(issue);
        if (issue.Severity == IssueSeverity.Error) Rejected = true;
    }
}
