using System.IO.Compression;
using HealthExchange.Cda;
using HealthExchange.Cda.Model;
using HealthExchange.Ingest.Loading;
using HealthExchange.Validation.Checking;
using Npgsql;
using NpgsqlTypes;

namespace HealthExchange.Ingest.Cda;

/// <summary>hx.cda_documents: the original bytes (gzip) of every received document, with what was found; and reading them back.</summary>
public static class CdaDocumentStore
{
    internal static async Task InsertAsync(NpgsqlConnection connection, string institution, string? senderBatchId, BatchIdentity batch,
        CdaResult result, byte[] original, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand("""
            INSERT INTO hx.cda_documents (institution_code, document_id, type_code, template_id, title, kind, batch_id, uploaded_at,
                                          upload_day, status, issues, sha256, xml_gz, rows_extracted, replaces_document_id)
            VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15)
            """, connection);
        command.Parameters.Add(new() { Value = institution });
        command.Parameters.Add(new() { Value = result.DocumentId });
        command.Parameters.Add(Text(result.TypeCode));
        command.Parameters.Add(Text(result.TemplateId));
        command.Parameters.Add(Text(result.Title is { Length: > 200 } title ? title[..200] : result.Title));
        command.Parameters.Add(new() { Value = result.Kind.ToWire() });
        command.Parameters.Add(new() { Value = senderBatchId ?? result.DocumentId });
        command.Parameters.Add(new() { Value = batch.UploadedAt.UtcDateTime });
        command.Parameters.Add(new() { Value = DateOnly.FromDateTime(PlatformTime.ToLocal(batch.UploadedAt)) });
        command.Parameters.Add(new() { Value = result.Passed ? "loaded" : "rejected" });
        command.Parameters.Add(new() { Value = IssueJson.Serialize(result.Issues), NpgsqlDbType = NpgsqlDbType.Jsonb });
        command.Parameters.Add(new() { Value = result.Sha256 });
        command.Parameters.Add(new() { Value = Compress(original), NpgsqlDbType = NpgsqlDbType.Bytea });
        command.Parameters.Add(new() { Value = result.RowsExtracted });
        command.Parameters.Add(Text(result.ReplacesDocumentId));
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>The original bytes of a document, byte for byte; null when no such document is stored.</summary>
    public static async Task<StoredDocument?> GetAsync(NpgsqlDataSource dataSource, string documentId, string? institution, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand("""
            SELECT institution_code, xml_gz, sha256 FROM hx.cda_documents
            WHERE document_id = $1 AND ($2::text IS NULL OR institution_code = $2)
            ORDER BY uploaded_at LIMIT 2
            """);
        command.Parameters.Add(new() { Value = documentId });
        command.Parameters.Add(Text(institution));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var found = new List<StoredDocument>();
        while (await reader.ReadAsync(cancellationToken))
            found.Add(new StoredDocument(reader.GetString(0), Decompress((byte[])reader[1]), reader.GetString(2)));
        if (found.Count > 1) throw new AmbiguousDocumentException(documentId);
        return found.FirstOrDefault();
    }

    private static NpgsqlParameter Text(string? value) => new() { Value = (object?)value ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.Text };

    internal static byte[] Compress(byte[] bytes)
    {
        using var output = new MemoryStream();
        using (var gzip = new GZipStream(output, CompressionLevel.Fastest, leaveOpen: true)) gzip.Write(bytes);
        return output.ToArray();
    }

    internal static byte[] Decompress(byte[] bytes)
    {
        using var input = new GZipStream(new MemoryStream(bytes), CompressionMode.Decompress);
        using var output = new MemoryStream();
        input.CopyTo(output);
        return output.ToArray();
    }
}
