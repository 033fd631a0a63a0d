using System.Text.Json;
using Npgsql;

namespace HealthExchange.Host.Province;

/// <summary>
/// hx.province_pulls: the pulled city lines kept by `--store`, each with its provincial institutions' lines (column
/// hospitals), so both tables re-render without the cities; a failed pull never overwrites a good line.
/// </summary>
internal sealed class ProvinceStore(NpgsqlDataSource dataSource)
{
    public async Task KeepAsync(string period, IEnumerable<CityPull> pulls, CancellationToken cancellationToken)
    {
        foreach (var pull in pulls.Where(pull => pull.City.Failure is null))
        {
            await using var command = dataSource.CreateCommand("""
                INSERT INTO hx.province_pulls (city, period, figures, data_version, hospitals) VALUES ($1, $2, $3::jsonb, $4, $5::jsonb)
                ON CONFLICT (city, period) DO UPDATE SET figures = excluded.figures, data_version = excluded.data_version,
                    hospitals = excluded.hospitals, pulled_at = now()
                """);
            command.Parameters.Add(new() { Value = pull.City.City });
            command.Parameters.Add(new() { Value = period });
            command.Parameters.Add(new() { Value = JsonSerializer.Serialize(pull.City) });
            command.Parameters.Add(new() { Value = pull.City.DataVersion ?? "" });
            command.Parameters.Add(new() { Value = JsonSerializer.Serialize(pull.Hospitals) });
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    public async Task<IReadOnlyList<CityPull>> ReadAsync(string period, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand("SELECT figures::text, hospitals::text FROM hx.province_pulls WHERE period = $1");
        command.Parameters.Add(new() { Value = period });
        var result = new List<CityPull>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
            result.Add(new CityPull(JsonSerializer.Deserialize<CityFigures>(reader.GetString(0))!,
                JsonSerializer.Deserialize<List<HospitalFigures>>(reader.GetString(1))!));
        return result;
    }
}
