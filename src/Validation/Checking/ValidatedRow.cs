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

    // Most rows have no issue: the list is made for the first one.
    private List<ValidationIssue>? _issues;

    public IReadOnlyList<ValidationIssue> Issues => _issues ?? (IReadOnlyList<ValidationIssue>)[];
    public bool Rejected { get; private set; }
    public int Warnings { get; private set; }

    public void Add(ValidationIssue issue)
    {
        (_issues ??= []).Add(issue);
        if (issue.Severity == IssueSeverity.Warning) Warnings++;
        else if (!Rejected)
        {
            Rejected = true;
            // A rejected row is quarantined with its raw text: take it while the reader still holds it.
            Source.KeepRaw();
        }
    }
}
