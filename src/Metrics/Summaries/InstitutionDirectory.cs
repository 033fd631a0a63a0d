using Npgsql;

namespace HealthExchange.Metrics.Summaries;

/// <summary>Reads the registry with each institution's declaration in force on a day.</summary>
public sealed class InstitutionDirectory(NpgsqlDataSource dataSource)
{
    public async Task<IReadOnlyList<InstitutionEntry>> ListAsync(DateOnly day, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand("""
            SELECT i.code, i.name, i.kind, i.upload_method, i.catalogue_id, i.affiliation, d.valid_from, d.tables
            FROM hx.institutions i
            LEFT JOIN LATERAL (SELECT valid_from, tables FROM hx.declarations
                               WHERE institution_code = i.code AND valid_from <= $1 ORDER BY valid_from DESC LIMIT 1) d ON true
            ORDER BY i.code
            """);
        command.Parameters.Add(new() { Value = day });
        var result = new List<InstitutionEntry>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
            result.Add(new InstitutionEntry(reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetString(3), reader.GetString(4),
                reader.IsDBNull(5) ? null : reader.GetString(5),
                reader.IsDBNull(6) ? null : reader.GetFieldValue<DateOnly>(6),
                reader.IsDBNull(7) ? null : reader.GetFieldValue<string[]>(7)));
        return result;
    }
}
