using HealthExchange.Validation.Catalogues;
using HealthExchange.Validation.Checking;
using HealthExchange.Validation.Issues;
using HealthExchange.Validation.Reading;
using Npgsql;

namespace HealthExchange.Ingest.Loading;

/// <summary>Writes rejected rows, with their issues and raw content, into hx.quarantine inside the load's transaction.</summary>
internal static class QuarantineWriter
{
    private static readonly string[] Columns = ["institution_code", "batch_id", "row_no", "table_code", "raw", "issues", "uploaded_at"];
    private static readonly string Copy = $"COPY hx.quarantine ({string.Join(", ", Columns)}) FROM STDIN (FORMAT BINARY)";

    public static async Task WriteAsync(NpgsqlConnection connection, BatchIdentity batch, TableDefinition table,
        IReadOnlyList<ValidatedRow> rejected, IReadOnlyList<ValidationIssue> headerIssues, CancellationToken cancellationToken)
    {
        if (rejected.Count == 0) return;
        await using var writer = await BinaryCopyWriter.BeginAsync(connection, Copy, cancellationToken);
        var headerErrors = headerIssues.Where(issue => issue.Severity == IssueSeverity.Error).ToList();
        var uploadedUtc = batch.UploadedAt.UtcDateTime;
        foreach (var row in rejected)
        {
            await writer.StartRowAsync((short)Columns.Length, cancellationToken);
            writer.WriteText(batch.Institution);
            writer.WriteText(batch.BatchId);
            writer.WriteInt32(row.RowNumber);
            writer.WriteText(table.Code);
            writer.WriteText(StorableText.Clean(row.Source.Raw) ?? "");
            writer.WriteJsonb(IssueJson.Serialize(headerErrors.Concat(row.Issues)));
            writer.WriteTimestamp(uploadedUtc);
        }
        await writer.CompleteAsync(cancellationToken);
    }
}
