using HealthExchange.Validation.Catalogues;
using HealthExchange.Validation.Checking;

namespace HealthExchange.Cda;

/// <summary>The rows a document yielded for one catalogue table, after the same row checks as a table upload.</summary>
public sealed record ExtractedTable(TableDefinition Table, IReadOnlyList<ValidatedRow> Rows);
