using System.Globalization;
using System.Text.Json;
using HealthExchange.Api.Tokens;
using HealthExchange.Host.Cli;
using HealthExchange.Host.Pipeline;
using HealthExchange.Ingest.Schema;
using Npgsql;

namespace HealthExchange.Host.Commands;

/// <summary>
/// `hx tokens create --role province|operator|hospital [--institution CODE] [--expires 2027-01-01|90d]`, `list`, `revoke ID`:
/// the API's bearer tokens. The secret is printed once on stdout; the database keeps only its hash.
/// </summary>
internal static class TokensCommand
{
    public static async Task<int> RunAsync(CommandLine line)
    {
        var sub = line.Words.ElementAtOrDefault(1) ?? throw new UsageException("hx tokens create|list|revoke");
        var settings = HostSettings.Load(line);
        await using var dataSource = PlatformDataSource.Create(settings.ConnectionString);
        await new SchemaMigrator(dataSource).MigrateAsync(settings.LoadCatalogues());
        var store = new TokenStore(dataSource, TimeProvider.System);
        switch (sub)
        {
            case "create":
                if (!ApiRoleNames.TryParse(line.Option("role"), out var role)) throw new UsageException("--role must be province, operator or hospital");
                var institution = line.Option("institution");
                if ((role == ApiRole.Hospital) != (institution is not null))
                    throw new UsageException("--institution CODE is required for a hospital token and refused for the other roles");
                if (institution is not null && !await RegisteredAsync(dataSource, institution))
                    throw new UsageException($"institution {institution} is not registered (hx institutions list)");
                var (token, secret) = await store.CreateAsync(role, institution, Expiry(line.Option("expires")), CancellationToken.None);
                await Console.Out.WriteLineAsync(secret);
                await Console.Error.WriteLineAsync($"hx tokens: created {token.Id} ({token.Role.ToWire()}{(institution is null ? "" : " " + institution)}" +
                    $"{(token.ExpiresAt is { } until ? $", expires {until:yyyy-MM-dd HH:mm}Z" : "")}); the database keeps only its hash — copy it now");
                return ExitCodes.Ok;
            case "list":
                var tokens = await store.ListAsync(CancellationToken.None);
                if (OutputFormats.From(line, OutputFormat.Table, OutputFormat.Json) == OutputFormat.Json)
                    await Console.Out.WriteLineAsync(JsonSerializer.Serialize(tokens.Select(t => new
                    {
                        id = t.Id, role = t.Role.ToWire(), institution = t.Institution, createdAt = t.CreatedAt, expiresAt = t.ExpiresAt, revokedAt = t.RevokedAt,
                    })));
                else
                {
                    var table = new TextTable(["id", "role", "institution", "created", "expires", "revoked"]);
                    foreach (var t in tokens)
                        table.AddRow(t.Id, t.Role.ToWire(), t.Institution ?? "", Stamp(t.CreatedAt), Stamp(t.ExpiresAt), Stamp(t.RevokedAt));
                    await Console.Out.WriteAsync(table.ToString());
                }
                return ExitCodes.Ok;
            case "revoke":
                var id = line.Words.ElementAtOrDefault(2) ?? throw new UsageException("hx tokens revoke ID (the id from hx tokens list)");
                if (await store.RevokeAsync(id, CancellationToken.None)) { await Console.Error.WriteLineAsync($"hx tokens: revoked {id}"); return ExitCodes.Ok; }
                await Console.Error.WriteLineAsync($"hx tokens: no live token {id}");
                return ExitCodes.InputErrors;
            default:
                throw new UsageException($"unknown tokens command '{sub}': create, list or revoke");
        }
    }

    /// <summary>A date (2027-01-01, midnight UTC) or a number of days (90d).</summary>
    private static DateTimeOffset? Expiry(string? text)
    {
        if (text is null) return null;
        if (text.EndsWith('d') && int.TryParse(text[..^1], NumberStyles.None, CultureInfo.InvariantCulture, out var days) && days > 0)
            return TimeProvider.System.GetUtcNow().AddDays(days);
        if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at)) return at;
        throw new UsageException("--expires takes a date (2027-01-01) or a number of days (90d)");
    }

    private static string Stamp(DateTimeOffset? at) => at?.ToString("yyyy-MM-dd HH:mm'Z'", CultureInfo.InvariantCulture) ?? "";

    private static async Task<bool> RegisteredAsync(NpgsqlDataSource dataSource, string code)
    {
        await using var command = dataSource.CreateCommand("SELECT EXISTS (SELECT 1 FROM hx.institutions WHERE code = $1)");
        command.Parameters.Add(new() { Value = code });
        return await command.ExecuteScalarAsync() is true;
    }
}
