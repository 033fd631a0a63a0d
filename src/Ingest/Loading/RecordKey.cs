using HealthExchange.Ingest.Schema;
using HealthExchange.Validation.Catalogues;

namespace HealthExchange.Ingest.Loading;

/// <summary>
/// How a record is named where the data table cannot hold it (its history, its retractions, its tombstone): the business
/// key columns and their values as a JSON object, built by PostgreSQL from the typed columns so every path spells a key
/// the same way.
/// </summary>
internal static class RecordKey
{
    /// <summary>The key of the row aliased <paramref name="alias"/> as jsonb.</summary>
    public static string Json(TableDefinition table, string alias) =>
        "jsonb_build_object(" + string.Join(", ", table.BusinessKey.Select(column => $"'{column}', {alias}.{SqlNames.Quote(column)}")) + ")";

    /// <summary>Rows aliased <paramref name="left"/> and <paramref name="right"/> are the same record (institution and business key).</summary>
    public static string Match(TableDefinition table, string left, string right) =>
        string.Join(" AND ", DataTableDdl.KeyColumns(table).Select(column => $"{left}.{column} = {right}.{column}"));

    /// <summary>A version's place in the order of uploads (upload time, then batch id and row as tie-breaks): the newest wins.</summary>
    public static string Version(string alias) =>
        $"({alias}.{SystemColumns.UploadedAt}, {alias}.{SystemColumns.BatchId}, {alias}.{SystemColumns.RowNo})";

    /// <summary>A row's catalogue values as jsonb (<paramref name="rowJson"/>, e.g. to_jsonb(t), with the system columns left out), for hx.record_versions.</summary>
    public static string Content(string rowJson) =>
        $"{rowJson} - ARRAY['{SystemColumns.Institution}', '{string.Join("', '", SystemColumns.Loaded)}', '{SystemColumns.LoadedAt}']";
}
