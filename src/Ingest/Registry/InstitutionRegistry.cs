using HealthExchange.Validation.Catalogues;
using Npgsql;

namespace HealthExchange.Ingest.Registry;

/// <summary>
/// hx.institutions, cached. An unknown code triggers a reload (at most every few seconds) so an institution
/// registered while the pipeline runs is accepted without a restart.
/// </summary>
public sealed class InstitutionRegistry(NpgsqlDataSource dataSource, TimeProvider time)
{
    private static readonly TimeSpan MinimumReloadInterval = TimeSpan.FromSeconds(5);
    private volatile Dictionary<string, Institution> _byCode = new(StringComparer.Ordinal);
    private DateTimeOffset _loadedAt = DateTimeOffset.MinValue;

    public async Task<Institution?> FindAsync(string code, CancellationToken cancellationToken)
    {
        if (_byCode.TryGetValue(code, out var institution)) return institution;
        if (time.GetUtcNow() - _loadedAt < MinimumReloadInterval) return null;
        await ReloadAsync(cancellationToken);
        return _byCode.GetValueOrDefault(code);
    }

    /// <summary>Whether a code is registered, from the cache only (a CDA custodian check must not query per document).</summary>
    public bool IsKnown(string code) => _byCode.ContainsKey(code);

    public async Task<IReadOnlyList<Institution>> AllAsync(CancellationToken cancellationToken)
    {
        await ReloadAsync(cancellationToken);
        return _byCode.Values.OrderBy(institution => institution.Kind).ThenBy(institution => institution.Code, StringComparer.Ordinal).ToList();
    }

    public async Task ReloadAsync(CancellationToken cancellationToken)
    {
        // Two concurrent reloads only read the same rows twice; the last assignment wins, which is fine.
        {
            var map = new Dictionary<string, Institution>(StringComparer.Ordinal);
            await using var command = dataSource.CreateCommand("SELECT code, name, kind, upload_method, catalogue_id, affiliation FROM hx.institutions");
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                if (!InstitutionKindNames.TryParse(reader.GetString(2), out var kind)) continue; // the table's CHECK forbids it
                map[reader.GetString(0)] = new Institution(reader.GetString(0), reader.GetString(1), kind, reader.GetString(3), reader.GetString(4),
                    reader.IsDBNull(5) ? null : reader.GetString(5));
            }
            _byCode = map;
            _loadedAt = time.GetUtcNow();
        }
    }

    /// <summary>
    /// Registers or updates an institution. A null affiliation keeps the one recorded: an import from a file
    /// without the column must not forget what an operator set (clear it with <see cref="SetAffiliationAsync"/>).
    /// </summary>
    public static async Task UpsertAsync(NpgsqlDataSource dataSource, Institution institution, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand("""
            INSERT INTO hx.institutions (code, name, kind, upload_method, catalogue_id, affiliation) VALUES ($1, $2, $3, $4, $5, $6)
            ON CONFLICT (code) DO UPDATE SET name = excluded.name, kind = excluded.kind,
                upload_method = excluded.upload_method, catalogue_id = excluded.catalogue_id,
                affiliation = coalesce(excluded.affiliation, hx.institutions.affiliation)
            """);
        command.Parameters.Add(new() { Value = institution.Code });
        command.Parameters.Add(new() { Value = institution.Name });
        command.Parameters.Add(new() { Value = institution.Kind.ToWire() });
        command.Parameters.Add(new() { Value = institution.UploadMethod });
        command.Parameters.Add(new() { Value = institution.CatalogueId });
        command.Parameters.Add(new() { Value = (object?)institution.Affiliation ?? DBNull.Value, NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.Text });
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>Sets (or, with null, clears) one institution's 隶属关系; false when the code is not registered.</summary>
    public static async Task<bool> SetAffiliationAsync(NpgsqlDataSource dataSource, string code, string? affiliation, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand("UPDATE hx.institutions SET affiliation = $2 WHERE code = $1");
        command.Parameters.Add(new() { Value = code });
        command.Parameters.Add(new() { Value = (object?)affiliation ?? DBNull.Value, NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.Text });
        return await command.ExecuteNonQueryAsync(cancellationToken) == 1;
    }
}
