using System.Text;
using HealthExchange.Validation.Catalogues;

namespace HealthExchange.Ingest.Schema;

/// <summary>
/// DDL for one catalogue table: partitioned by month on its event time, with a primary key of institution,
/// business key and event time (PostgreSQL requires the partition key in every unique key). Re-runnable:
/// CREATE ... IF NOT EXISTS, and ADD COLUMN IF NOT EXISTS for columns a newer catalogue version adds.
/// </summary>
internal static class DataTableDdl
{
    public static string Create(TableDefinition table)
    {
        var name = SqlNames.DataTable(table);
        var sql = new StringBuilder();
        sql.Append("CREATE TABLE IF NOT EXISTS ").Append(name).AppendLine(" (");
        sql.Append("    ").Append(SystemColumns.Institution).AppendLine(" text NOT NULL,");
        foreach (var column in table.Columns)
        {
            sql.Append("    ").Append(SqlNames.Quote(column.Name)).Append(' ').Append(SqlNames.SqlType(column.Type));
            // NOT NULL only where the key needs it: validation owns "required", and a catalogue may relax it later.
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
            """);
        sql.Append("    PRIMARY KEY (").Append(string.Join(", ", KeyColumns(table))).AppendLine(")");
        sql.Append(") PARTITION BY RANGE (").Append(SqlNames.Quote(table.EventTime)).AppendLine(");");
        foreach (var column in table.Columns)
            sql.Append("ALTER TABLE ").Append(name).Append(" ADD COLUMN IF NOT EXISTS ").Append(SqlNames.Quote(column.Name))
                .Append(' ').Append(SqlNames.SqlType(column.Type)).AppendLine(";");
        return sql.ToString();
    }

    /// <summary>The conflict target of the idempotent insert; equals the primary key.</summary>
    public static IEnumerable<string> KeyColumns(TableDefinition table) =>
        new[] { SystemColumns.Institution }.Concat(table.BusinessKey.Append(table.EventTime).Distinct().Select(SqlNames.Quote));

    public static string CreatePartition(TableDefinition table, DateOnly month)
    {
        var from = new DateOnly(month.Year, month.Month, 1);
        var to = from.AddMonths(1);
        return $"CREATE TABLE IF NOT EXISTS {SqlNames.Partition(table, from)} PARTITION OF {SqlNames.DataTable(table)} " +
               $"FOR VALUES FROM ('{from:yyyy-MM-dd}') TO ('{to:yyyy-MM-dd}');";
    }
}
