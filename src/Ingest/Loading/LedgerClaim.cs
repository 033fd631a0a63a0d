namespace HealthExchange.Ingest.Loading;

/// <summary>
/// What a ledger row records about the record it claims, beside its identity: the table it names, the format it came
/// in, its kind, and for a CSV batch its header (without it a quarantined line cannot be re-read by `hx reprocess`).
/// Built by one factory per kind, so a caller names what it claims instead of filling positional strings.
/// </summary>
internal sealed record LedgerClaim(string? Table, string Format, string SourceKind, IReadOnlyList<string>? CsvHeader = null)
{
    /// <summary>A table batch (CSV, JSON, Arrow …) of one catalogue table.</summary>
    public static LedgerClaim TableBatch(string table, string format, IReadOnlyList<string>? csvHeader) => new(table, format, "table", csvHeader);

    /// <summary>A retraction batch (hx-op: delete) of one catalogue table.</summary>
    public static LedgerClaim Retraction(string table, string format) => new(table, format, RetractionLoader.SourceKind);

    /// <summary>A WS/T 500 document: it names no single table (it may fill several), and its format is its kind.</summary>
    public static LedgerClaim CdaDocument() => new(null, Cda.CdaDocumentLoader.SourceKind, Cda.CdaDocumentLoader.SourceKind);
}
