using HealthExchange.Validation.Issues;

namespace HealthExchange.Validation.Reading;

/// <summary>
/// One row as the sender wrote it: values aligned to the catalogue table's column ordinals (null where
/// the sender gave none), the raw text kept for quarantine, and a read error when the row itself is broken.
/// </summary>
/// <remarks>
/// A CSV row's raw text is cut from the reader's buffer only when asked for: most rows are accepted and
/// never need it. It can be taken until the reader moves to the next row; <see cref="KeepRaw"/> takes it
/// then, and a validated row that is rejected calls it, so a quarantined row always has its raw text.
/// </remarks>
public sealed class SourceRow
{
    private readonly Func<long, string?>? _rawSource;
    private readonly long _record;
    private string? _raw;

    public SourceRow(int rowNumber, string?[] values, string raw, ValidationIssue? readError = null)
    {
        RowNumber = rowNumber;
        Values = values;
        _raw = raw;
        ReadError = readError;
    }

    /// <summary>A row whose raw text <paramref name="rawSource"/> gives for <paramref name="record"/> while it is current.</summary>
    internal SourceRow(int rowNumber, string?[] values, Func<long, string?> rawSource, long record)
    {
        RowNumber = rowNumber;
        Values = values;
        _rawSource = rawSource;
        _record = record;
    }

    public int RowNumber { get; }
    public string?[] Values { get; }
    public ValidationIssue? ReadError { get; }

    public string Raw => _raw ??= _rawSource?.Invoke(_record)
        ?? throw new InvalidOperationException($"the raw text of row {RowNumber} is gone: keep it before reading the next row");

    /// <summary>Takes the raw text out of the reader's buffer so that it outlives the next row.</summary>
    public void KeepRaw() => _ = Raw;
}
