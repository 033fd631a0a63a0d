using System.Security.Cryptography;
using System.Text;
using Npgsql;
using NpgsqlTypes;

namespace HealthExchange.Api.Tokens;

/// <summary>
/// Bearer tokens in hx.api_tokens, kept as their SHA-256 only. A token reads `hx_{id}_{secret}`: the id is
/// public (listing, revoking), the 32-byte random secret is shown once at creation and never stored.
/// </summary>
public sealed class TokenStore(NpgsqlDataSource dataSource, TimeProvider time)
{
    public async Task<(ApiToken Token, string Secret)> CreateAsync(ApiRole role, string? institution, DateTimeOffset? expiresAt, CancellationToken cancellationToken)
    {
        if ((role == ApiRole.Hospital) != (institution is not null))
            throw new ArgumentException("a hospital token is bound to exactly one institution; other roles to none", nameof(institution));
        var id = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(6));
        var secret = $"hx_{id}_{Base64Url(RandomNumberGenerator.GetBytes(32))}";
        var now = time.GetUtcNow();
        await using var command = dataSource.CreateCommand(
            "INSERT INTO hx.api_tokens (id, token_sha256, role, institution_code, created_at, expires_at) VALUES ($1, $2, $3, $4, $5, $6)");
        command.Parameters.Add(new() { Value = id });
        command.Parameters.Add(new() { Value = Hash(secret) });
        command.Parameters.Add(new() { Value = role.ToWire() });
        command.Parameters.Add(new() { Value = (object?)institution ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.Text });
        command.Parameters.Add(new() { Value = now.UtcDateTime, NpgsqlDbType = NpgsqlDbType.TimestampTz });
        command.Parameters.Add(new() { Value = (object?)expiresAt?.UtcDateTime ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.TimestampTz });
        await command.ExecuteNonQueryAsync(cancellationToken);
        return (new ApiToken(id, role, institution, now, expiresAt, null), secret);
    }

    /// <summary>The live token a presented secret belongs to; null when unknown, revoked or expired.</summary>
    public async Task<ApiToken?> FindActiveAsync(string secret, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(
            "SELECT id, role, institution_code, created_at, expires_at, revoked_at FROM hx.api_tokens " +
            "WHERE token_sha256 = $1 AND revoked_at IS NULL AND (expires_at IS NULL OR expires_at > $2)");
        command.Parameters.Add(new() { Value = Hash(secret) });
        command.Parameters.Add(new() { Value = time.GetUtcNow().UtcDateTime, NpgsqlDbType = NpgsqlDbType.TimestampTz });
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken) ? Read(reader) : null;
    }

    public async Task<IReadOnlyList<ApiToken>> ListAsync(CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(
            "SELECT id, role, institution_code, created_at, expires_at, revoked_at FROM hx.api_tokens ORDER BY created_at, id");
        var result = new List<ApiToken>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken)) result.Add(Read(reader));
        return result;
    }

    /// <summary>Revokes a token by its id; false when there is no such live token.</summary>
    public async Task<bool> RevokeAsync(string id, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand("UPDATE hx.api_tokens SET revoked_at = $2 WHERE id = $1 AND revoked_at IS NULL");
        command.Parameters.Add(new() { Value = id });
        command.Parameters.Add(new() { Value = time.GetUtcNow().UtcDateTime, NpgsqlDbType = NpgsqlDbType.TimestampTz });
        return await command.ExecuteNonQueryAsync(cancellationToken) == 1;
    }

    private static ApiToken Read(NpgsqlDataReader reader)
    {
        // The table's CHECK admits only the three roles.
        if (!ApiRoleNames.TryParse(reader.GetString(1), out var role)) throw new InvalidOperationException($"unknown role {reader.GetString(1)}");
        return new ApiToken(reader.GetString(0), role, reader.IsDBNull(2) ? null : reader.GetString(2), reader.GetFieldValue<DateTimeOffset>(3),
            reader.IsDBNull(4) ? null : reader.GetFieldValue<DateTimeOffset>(4), reader.IsDBNull(5) ? null : reader.GetFieldValue<DateTimeOffset>(5));
    }

    private static byte[] Hash(string secret) => SHA256.HashData(Encoding.UTF8.GetBytes(secret));

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
