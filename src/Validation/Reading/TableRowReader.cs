using HealthExchange.Validation.Catalogues;
using HealthExchange.Validation.Issues;

namespace HealthExchange.Validation.Reading;

/// <summary>
/// Reads a batch of one catalogue table, row by row. Header-level findings (unknown or missing columns)
/// are collected in <see cref="HeaderIssues"/>; a row that cannot be read becomes a row with a read error,
/// never an exception, so one bad line rejects only itself.
/// </summary>
public abstract class TableRowReader(TableDefinition table) : IDisposable
{
    protected TableDefinition Table { get; } = table;

    public List<ValidationIssue> HeaderIssues { get; } = [];

    /// <summary>True when a header problem rejects every row (a required column is absent).</summary>
    public bool HeaderRejectsRows => HeaderIssues.Any(issue => issue.Severity == IssueSeverity.Error);

    /// <summary>True when a header row exists but names no catalogue column: wrong table, charset or no header at all.</summary>
    public virtual bool HeaderUnrecognised => false;

    /// <summary>Why the batch cannot be read at all (a binary format that is not what it claims), or null.</summary>
    public virtual string? UnreadableReason => null;

    /// <summary>The header row's fields as sent, for formats that have one (CSV); null otherwise.</summary>
    public virtual IReadOnlyList<string>? Header => null;

    public abstract IEnumerable<SourceRow> ReadRows();

    public void Dispose()
    {
        Dispose(true);
        GC.SuppressFinalize(this);
    }

    protected virtual void Dispose(bool disposing)
    {
    }
}
