using System.Globalization;
using System.Text;
using HealthExchange.Ingest.Loading;
using HealthExchange.Validation.Catalogues;

namespace HealthExchange.Ingest.Schema;

/// <summary>
/// DDL for one catalogue table. A record is its institution and business key, whatever its event time, so that key is
/// the primary key: a correction that moves a visit to another day is an update of one row, never a second record
/// (docs/metrics.md "A record's life"). The tables are not partitioned by event time (PostgreSQL needs the partition
/// key in every unique key, which is what made a moved event time a new record); docs/scaling.md says how they are
/// spread over nodes by institution instead. Re-runnable: CREATE ... IF NOT EXISTS, and ADD COLUMN IF NOT EXISTS for
/// columns a newer catalogue version adds; a table still in the old layout is refused with what to do.
/// </summary>
internal static class DataTableDdl
{
    /// <summary>The data tables' fill factor (why: where it is set below); the benchmarks' copy of a data table takes it too.</summary>
    public const int FillFactor = 90;

    public static string Create(TableDefinition table)
    {
        var name = SqlNames.DataTable(table);
        var sql = new StringBuilder(RefuseOldLayout(table));
        sql.Append("CREATE TABLE IF NOT EXISTS ").Append(name).AppendLine(" (");
        sql.Append("    ").Append(SystemColumns.Institution).AppendLine(" text NOT NULL,");
        foreach (var column in table.Columns)
        {
            sql.Append("    ").Append(SqlNames.Quote(column.Name)).Append(' ').Append(SqlNames.SqlType(column.Type));
            // NOT NULL only where the key and the aggregates need it: validation owns "required", and a catalogue may relax it later.
            if (table.BusinessKey.Contains(column.Name) || column.Name == table.EventTime) sql.Append(" NOT NULL");
            sql.AppendLine(",");
        }
        sql.AppendLine($"""
                {SystemColumns.BatchId} text NOT NULL,
                {SystemColumns.RowNo} integer NOT NULL,
                {SystemColumns.FirstUploadedAt} timestamptz NOT NULL,
                {SystemColumns.UploadedAt} timestamptz NOT NULL,
                {SystemColumns.LoadedAt} timestamptz NOT NULL DEFAULT now(),
                {SystemColumns.SourceKind} text NOT NULL DEFAULT 'table',
                {SystemColumns.SourceDocumentId} text,
                {SystemColumns.FirstBatchId} text NOT NULL,
            """);
        sql.Append("    PRIMARY KEY (").Append(string.Join(", ", KeyColumns(table))).AppendLine(")");
        sql.AppendLine(");");
        // Room on every page for the new version of a row updated in place (a correction, or a re-sent row whose upload
        // time becomes the stored version's): the update then stays on its page and writes no index entry (HOT).
        sql.Append("ALTER TABLE ").Append(name).Append(" SET (fillfactor = ").Append(FillFactor.ToString(CultureInfo.InvariantCulture)).AppendLine(");");
        foreach (var column in table.Columns)
            sql.Append("ALTER TABLE ").Append(name).Append(" ADD COLUMN IF NOT EXISTS ").Append(SqlNames.Quote(column.Name))
                .Append(' ').Append(SqlNames.SqlType(column.Type)).AppendLine(";");
        // The persons of a health-record table are recounted by person when one of their records goes or moves (RecordFacts).
        if (RecordFacts.KeepsPersons(table))
            sql.Append("CREATE INDEX IF NOT EXISTS ").Append(SqlNames.Quote(table.Code + "_by_person")).Append(" ON ").Append(name)
                .Append(" (").Append(SystemColumns.Institution).Append(", ").Append(SqlNames.Quote(table.PersonKey)).AppendLine(");");
        // Documents replaced or nullified are looked up by the rows they yielded (CdaDocumentLoader).
        if (table.DocumentTypes.Count > 0)
            sql.Append("CREATE INDEX IF NOT EXISTS ").Append(SqlNames.Quote(table.Code + "_by_document")).Append(" ON ").Append(name)
                .Append(" (").Append(SystemColumns.Institution).Append(", ").Append(SystemColumns.SourceDocumentId)
                .Append(") WHERE ").Append(SystemColumns.SourceDocumentId).AppendLine(" IS NOT NULL;");
        return sql.ToString();
    }

    /// <summary>The conflict target of the idempotent insert; equals the primary key: the institution and the business key.</summary>
    public static IEnumerable<string> KeyColumns(TableDefinition table) =>
        new[] { SystemColumns.Institution }.Concat(table.BusinessKey.Select(SqlNames.Quote));

    /// <summary>
    /// Before 2026-12 the tables were partitioned by month on the event time with the event time in the key. Such a table
    /// holds records counted twice that no statement can tell apart now, so the migration stops with what to do
    /// (docs/operations.md "Record layout") rather than guessing.
    /// </summary>
    private static string RefuseOldLayout(TableDefinition table) => $"""
        DO $$ BEGIN
            IF EXISTS (SELECT 1 FROM pg_partitioned_table WHERE partrelid = to_regclass('{SqlNames.DataTable(table).Replace("'", "''", StringComparison.Ordinal)}')) THEN
                RAISE EXCEPTION 'HX5040 {table.Code}: 数据表仍为按事件时间分区的旧结构 / the table still has the layout partitioned by event time; see docs/operations.md "Record layout"';
            END IF;
        END $$;

        """;
}
