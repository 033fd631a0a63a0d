namespace HealthExchange.Cda.Types;

/// <summary>
/// How a document fills one catalogue table: one row per element <see cref="Rows"/> selects (one row from the
/// whole document when it is null), each column from its <see cref="ColumnRule"/>.
/// </summary>
public sealed record ExtractionRule(string Table, CdaPath? Rows, IReadOnlyDictionary<string, ColumnRule> Columns);
