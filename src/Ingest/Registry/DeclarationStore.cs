using Npgsql;

namespace HealthExchange.Ingest.Registry;

/// <summary>hx.declarations: recording declarations and finding the one in force on a day.</summary>
public sealed class DeclarationStore(NpgsqlDataSource dataSource)
{
    public async Task UpsertAsync(Declaration declaration, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand("""
            INSERT INTO hx.declarations (institution_code, valid_from, tables) VALUES ($1, $2, $3)
            ON CONFLICT (institution_code, valid_from) DO UPDATE SET tables = excluded.tables, recorded_at = now()
            """);
        command.Parameters.Add(new() { Value = declaration.Institution });
        command.Parameters.Add(new() { Value = declaration.ValidFrom });
        command.Parameters.Add(new() { Value = (object?)declaration.Tables?.ToArray() ?? DBNull.Value, NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.Array | NpgsqlTypes.NpgsqlDbType.Text });
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>The declaration in force on <paramref name="day"/>, or null when none was ever recorded.</summary>
    public async Task<Declaration?> InForceAsync(string institution, DateOnly day, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(
            "SELECT valid_from, tables FROM hx.declarations WHERE institution_code = $1 AND valid_from <= $2 ORDER BY valid_from DESC LIMIT 1");
        command.Parameters.Add(new() { Value = institution });
        command.Parameters.Add(new() { Value = day });
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        if (!await reader.ReadAsync(cancellationToken)) return null;
        return new Declaration(institution, reader.GetFieldValue<DateOnly>(0), reader.IsDBNull(1) ? null : reader.GetFieldValue<string[]>(1));
    }

    public async Task<IReadOnlyList<Declaration>> AllAsync(CancellationToken cancellationToken)
    {
        var result = new List<Declaration>();
        await using var command = dataSource.CreateCommand("SELECT institution_code, valid_from, tables FROM hx.declarations ORDER BY institution_code, valid_from");
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
            result.Add(new Declaration(reader.GetString(0), reader.GetFieldValue<DateOnly>(1), reader.IsDBNull(2) ? null : reader.GetFieldValue<string[]>(2)));
        return result;
    }
}
