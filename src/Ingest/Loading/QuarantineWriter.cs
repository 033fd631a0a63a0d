using HealthExchange.Validation.Catalogues;
using HealthExchange.Validation.Checking;
using HealthExchange.Validation.Issues;
using HealthExchange.Validation.Reading;
using Npgsql;
using NpgsqlTypes;

namespace HealthExchange.Ingest.Loading;

/// <summary>Writes rejected rows, with their issues and raw content, into hx.quarantine inside the load's transaction.</summary>
internal static class QuarantineWriter
{
    public static async Task WriteAsync(NpgsqlConnection connection, BatchIdentity batch, TableDefinition table,
        IReadOnlyList<ValidatedRow> rejected, IReadOnlyList<ValidationIssue> headerIssues, CancellationToken cancellationToken)
    {
        if (rejected.Count == 0) return;
        const string copy = "COPY hx.quarantine (institution_code, batch_id, row_no, table_code, raw, issues, uploaded_at) FROM STDIN (FORMAT BINARY)";
        await using var importer = await connection.BeginBinaryImportAsync(copy, cancellationToken);
        var headerErrors = headerIssues.Where(issue => issue.Severity == IssueSeverity.Error).ToList();
        foreach (var row in rejected)
        {
            await importer.StartRowAsync(cancellationToken);
            await importer.WriteAsync(batch.Institution, NpgsqlDbType.Text, cancellationToken);
            await importer.WriteAsync(batch.BatchId, NpgsqlDbType.Text, cancellationToken);
            await importer.WriteAsync(row.RowNumber, NpgsqlDbType.Integer, cancellationToken);
            await importer.WriteAsync(table.Code, NpgsqlDbType.Text, cancellationToken);
            await importer.WriteAsync(StorableText.Clean(row.Source.Raw) ?? "", NpgsqlDbType.Text, cancellationToken);
            await importer.WriteAsync(IssueJson.Serialize(headerErrors.Concat(row.Issues)), NpgsqlDbType.Jsonb, cancellationToken);
            await importer.WriteAsync(batch.UploadedAt.UtcDateTime, NpgsqlDbType.TimestampTz, cancellationToken);
        }
        await importer.CompleteAsync(cancellationToken);
    }
}
