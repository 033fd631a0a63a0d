using System.Text.Json;
using HealthExchange.Ingest.Loading;
using Npgsql;

namespace HealthExchange.Ingest.Cda;

/// <summary>
/// The received documents of one institution with what was found in each (hx.cda_documents without the bytes, which
/// <see cref="CdaDocumentStore.GetAsync"/> gives back whole): what the dashboard lists beside `hx cda get`.
/// </summary>
public static class CdaDocumentQuery
{
    public const int MaxDocuments = 500;

    public sealed record Summary(string Institution, string DocumentId, string? TypeCode, string? Title, string? Kind, string Status,
        DateTimeOffset UploadedAt, int RowsExtracted, int Bytes, IReadOnlyList<IssueJson.IssueDto> Issues);

    /// <summary>Documents uploaded on days [from, to) (Asia/Shanghai), newest first, at most <see cref="MaxDocuments"/>.</summary>
    public static async Task<IReadOnlyList<Summary>> ListAsync(NpgsqlDataSource dataSource, string institution, DateOnly from, DateOnly to,
        CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand($"""
            SELECT institution_code, document_id, type_code, title, kind, status, uploaded_at, rows_extracted, length(xml_gz), issues::text
            FROM hx.cda_documents WHERE institution_code = $1 AND upload_day >= $2 AND upload_day < $3
            ORDER BY uploaded_at DESC, document_id LIMIT {MaxDocuments}
            """);
        command.Parameters.Add(new() { Value = institution });
        command.Parameters.Add(new() { Value = from });
        command.Parameters.Add(new() { Value = to });
        var list = new List<Summary>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
            list.Add(new Summary(reader.GetString(0), reader.GetString(1), Text(reader, 2), Text(reader, 3), Text(reader, 4), reader.GetString(5),
                reader.GetFieldValue<DateTimeOffset>(6), reader.GetInt32(7), reader.GetInt32(8),
                JsonSerializer.Deserialize<List<IssueJson.IssueDto>>(reader.GetString(9), IssueJson.Options) ?? []));
        return list;
    }

    private static string? Text(NpgsqlDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);
}
