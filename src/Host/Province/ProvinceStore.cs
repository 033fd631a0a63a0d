using System.Text.Json;
using Npgsql;

namespace HealthExchange.Host.Province;

/// <summary>hx.province_pulls: the pulled city lines kept by `--store`; a failed pull never overwrites a good line.</summary>
public sealed class ProvinceStore(NpgsqlDataSource dataSource)
{
    public async Task KeepAsync(string period, IEnumerable<CityFigures> cities, CancellationToken cancellationToken)
    {
        foreach (var city in cities.Where(city => city.Failure is null))
        {
            await using var command = dataSource.CreateCommand("""
                INSERT INTO hx.province_pulls (city, period, figures, data_version) VALUES ($1, $2, $3::jsonb, $4)
                ON CONFLICT (city, period) DO UPDATE SET figures = excluded.figures, data_version = excluded.data_version, pulled_at = now()
                """);
            command.Parameters.Add(new() { Value = city.City });
            command.Parameters.Add(new() { Value = period });
            command.Parameters.Add(new() { Value = JsonSerializer.Serialize(city) });
            command.Parameters.Add(new() { Value = city.DataVersion ?? "" });
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    public async Task<IReadOnlyList<CityFigures>> ReadAsync(string period, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand("SELECT figures::text FROM hx.province_pulls WHERE period = $1");
        command.Parameters.Add(new() { Value = period });
        var result = new List<CityFigures>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken)) result.Add(JsonSerializer.Deserialize<CityFigures>(reader.GetString(0))!);
        return result;
    }
}
