using HealthExchange.Ingest.Envelope;
using Npgsql;

namespace HealthExchange.Ingest.Registry;

/// <summary>
/// hx.institution_keys and each institution's signing policy: the public keys that may sign in its name. Read per
/// institution and kept for a few seconds, so a key added, revoked or rotated takes effect without a restart.
/// </summary>
public sealed class InstitutionKeys(NpgsqlDataSource dataSource, TimeProvider time)
{
    private static readonly TimeSpan KeepFor = TimeSpan.FromSeconds(5);
    private readonly Dictionary<string, (DateTimeOffset ReadAt, SigningPolicy Policy)> _cache = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();

    public async Task<SigningPolicy> PolicyAsync(string institution, CancellationToken cancellationToken)
    {
        lock (_gate)
            if (_cache.TryGetValue(institution, out var cached) && time.GetUtcNow() - cached.ReadAt < KeepFor) return cached.Policy;
        await using var command = dataSource.CreateCommand("""
            SELECT i.signing = 'required', k.key_id, k.public_key, k.revoked_at IS NOT NULL
            FROM hx.institutions i LEFT JOIN hx.institution_keys k ON k.institution_code = i.code
            WHERE i.code = $1
            """);
        command.Parameters.Add(new() { Value = institution });
        var required = false;
        var keys = new Dictionary<string, SigningKey>(StringComparer.Ordinal);
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
            while (await reader.ReadAsync(cancellationToken))
            {
                required = reader.GetBoolean(0);
                if (!reader.IsDBNull(1)) keys[reader.GetString(1)] = new SigningKey(reader.GetString(1), reader.GetFieldValue<byte[]>(2), reader.GetBoolean(3));
            }
        var policy = new SigningPolicy(required, keys);
        lock (_gate) _cache[institution] = (time.GetUtcNow(), policy);
        return policy;
    }

    public static async Task<string> AddAsync(NpgsqlDataSource dataSource, string institution, byte[] subjectPublicKeyInfo, CancellationToken cancellationToken)
    {
        var keyId = EnvelopeSignature.KeyId(subjectPublicKeyInfo);
        await using var command = dataSource.CreateCommand("""
            INSERT INTO hx.institution_keys (key_id, institution_code, algorithm, public_key) VALUES ($1, $2, 'ecdsa-p256', $3)
            ON CONFLICT (key_id) DO NOTHING
            """);
        command.Parameters.Add(new() { Value = keyId });
        command.Parameters.Add(new() { Value = institution });
        command.Parameters.Add(new() { Value = subjectPublicKeyInfo });
        await command.ExecuteNonQueryAsync(cancellationToken);
        return keyId;
    }

    public static async Task<bool> RevokeAsync(NpgsqlDataSource dataSource, string keyId, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand("UPDATE hx.institution_keys SET revoked_at = now() WHERE key_id = $1 AND revoked_at IS NULL");
        command.Parameters.Add(new() { Value = keyId });
        return await command.ExecuteNonQueryAsync(cancellationToken) == 1;
    }

    public static async Task<bool> SetRequiredAsync(NpgsqlDataSource dataSource, string institution, bool required, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand("UPDATE hx.institutions SET signing = $2 WHERE code = $1");
        command.Parameters.Add(new() { Value = institution });
        command.Parameters.Add(new() { Value = required ? "required" : "optional" });
        return await command.ExecuteNonQueryAsync(cancellationToken) == 1;
    }

    public static async Task<IReadOnlyList<(string Institution, string KeyId, DateTimeOffset AddedAt, DateTimeOffset? RevokedAt, string Signing)>> ListAsync(
        NpgsqlDataSource dataSource, string? institution, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand("""
            SELECT k.institution_code, k.key_id, k.added_at, k.revoked_at, i.signing
            FROM hx.institution_keys k JOIN hx.institutions i ON i.code = k.institution_code
            WHERE $1::text IS NULL OR k.institution_code = $1 ORDER BY k.institution_code, k.added_at
            """);
        command.Parameters.Add(new() { Value = (object?)institution ?? DBNull.Value, NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.Text });
        var list = new List<(string, string, DateTimeOffset, DateTimeOffset?, string)>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
            list.Add((reader.GetString(0), reader.GetString(1), reader.GetFieldValue<DateTimeOffset>(2),
                reader.IsDBNull(3) ? null : reader.GetFieldValue<DateTimeOffset>(3), reader.GetString(4)));
        return list;
    }
}

public sealed record SigningKey(string KeyId, byte[] SubjectPublicKeyInfo, bool Revoked);

public sealed record SigningPolicy(bool Required, IReadOnlyDictionary<string, SigningKey> Keys);
