using System.Text;
using HealthExchange.Ingest.Schema;
using HealthExchange.Validation.Catalogues;

namespace HealthExchange.Ingest.Loading;

/// <summary>
/// The per-load temporary table rows are COPYed into before the idempotent INSERT ... ON CONFLICT.
/// Its columns are spelled out rather than taken LIKE the data table: LIKE would hold a lock on the
/// partitioned parent for the whole load and block creating a new month's partition.
/// </summary>
internal static class StagingTable
{
    public const string Name = "hx_stage";

    public static IReadOnlyList<string> Columns(TableDefinition table) =>
        new[] { SystemColumns.Institution }.Concat(table.Columns.Select(column => column.Name)).Concat(SystemColumns.Loaded).ToList();

    public static string Create(TableDefinition table)
    {
        var sql = new StringBuilder($"CREATE TEMP TABLE {Name} ({SystemColumns.Institution} text NOT NULL");
        foreach (var column in table.Columns)
            sql.Append(", ").Append(SqlNames.Quote(column.Name)).Append(' ').Append(SqlNames.SqlType(column.Type));
        sql.Append($", {SystemColumns.BatchId} text, {SystemColumns.RowNo} integer, {SystemColumns.FirstUploadedAt} timestamptz, ")
           .Append($"{SystemColumns.UploadedAt} timestamptz, {SystemColumns.SourceKind} text, {SystemColumns.SourceDocumentId} text) ON COMMIT DROP");
        return sql.ToString();
    }

    public static string CopyCommand(TableDefinition table) =>
        $"COPY {Name} ({string.Join(", ", Columns(table).Select(SqlNames.Quote))}) FROM STDIN (FORMAT BINARY)";

    /// <summary>
    /// Corrections first: a staged row whose key exists replaces the stored values only when they differ,
    /// and keeps the first upload time, so a re-sent row never counts twice. (RETURNING xmax cannot tell
    /// inserts from updates on a partitioned table, hence two statements.)
    /// </summary>
    public static string Correct(TableDefinition table)
    {
        var keys = DataTableDdl.KeyColumns(table).ToList();
        var content = ContentColumns(table, keys);
        var updates = content.Select(column => $"{column} = s.{column}")
            .Append($"{SystemColumns.BatchId} = s.{SystemColumns.BatchId}")
            .Append($"{SystemColumns.RowNo} = s.{SystemColumns.RowNo}")
            .Append($"{SystemColumns.UploadedAt} = s.{SystemColumns.UploadedAt}")
            // The row's provenance follows its content: a correction sent as a CDA document names that document.
            .Append($"{SystemColumns.SourceKind} = s.{SystemColumns.SourceKind}")
            .Append($"{SystemColumns.SourceDocumentId} = s.{SystemColumns.SourceDocumentId}")
            .Append($"{SystemColumns.FirstUploadedAt} = LEAST(t.{SystemColumns.FirstUploadedAt}, s.{SystemColumns.FirstUploadedAt})")
            .Append($"{SystemColumns.LoadedAt} = now()");
        var changed = content.Count == 0
            ? "false"
            : $"({string.Join(", ", content.Select(column => "t." + column))}) IS DISTINCT FROM ({string.Join(", ", content.Select(column => "s." + column))})";
        return $"UPDATE {SqlNames.DataTable(table)} AS t SET {string.Join(", ", updates)} FROM {Name} AS s " +
               $"WHERE {string.Join(" AND ", keys.Select(key => $"t.{key} = s.{key}"))} AND {changed}";
    }

    /// <summary>
    /// Then the new records: every staged row whose key is not stored yet, with the aggregates they feed
    /// (<see cref="RecordFacts"/>). The statement yields the number of rows inserted.
    /// </summary>
    public static string Insert(TableDefinition table)
    {
        var columns = string.Join(", ", Columns(table).Select(SqlNames.Quote));
        return $"""
            WITH inserted AS (
                INSERT INTO {SqlNames.DataTable(table)} ({columns}) SELECT {columns} FROM {Name}
                ON CONFLICT ({string.Join(", ", DataTableDdl.KeyColumns(table))}) DO NOTHING
                RETURNING {RecordFacts.Returning(table)})
            {RecordFacts.Upkeep(table)}
            SELECT count(*) FROM inserted
            """;
    }

    private static List<string> ContentColumns(TableDefinition table, IReadOnlyCollection<string> keys) =>
        table.Columns.Select(column => SqlNames.Quote(column.Name)).Where(column => !keys.Contains(column)).ToList();
}
