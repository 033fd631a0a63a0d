using HealthExchange.Validation.Issues;

namespace HealthExchange.Validation.Reading;

/// <summary>
/// One row as the sender wrote it: values aligned to the catalogue table's column ordinals (null where
/// the sender gave none), the raw text kept for quarantine, and a read error when the row itself is broken.
/// </summary>
public sealed record SourceRow(int RowNumber, string?[] Values, string Raw, ValidationIssue? ReadError = null);
