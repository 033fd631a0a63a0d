using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;

namespace HealthExchange.Host.Province;

/// <summary>
/// Pulls one city's summaries for a period over its API (JSON, every page) and folds them into the city's line.
/// Each answer's ETag is recorded in <see cref="PullCache"/>: a re-run sends If-None-Match and a 304 reuses the
/// kept body, so only what changed is transferred.
/// </summary>
public sealed class CityPuller(HttpClient http, PullCache cache)
{
    public async Task<CityFigures> PullAsync(CitySource city, DateOnly from, DateOnly to, CancellationToken cancellationToken)
    {
        try
        {
            var query = $"api/v1/summaries?from={from:yyyy-MM-dd}&to={to:yyyy-MM-dd}&limit=5000";
            var (days, dayVersion) = await RowsAsync(city, query + "&granularity=day", cancellationToken);
            var (months, monthVersion) = await RowsAsync(city, query + "&granularity=month", cancellationToken);
            var uploadDays = days.Where(row => Long(row, "rowsUploaded") > 0).Select(row => row.GetProperty("period").GetString()).Distinct().Count();
            long Sum(string field) => months.Sum(row => Long(row, field) ?? 0);
            decimal? Rate(string numerator, string denominator, string? kind = null)
            {
                var counted = months.Where(row => (kind is null || row.GetProperty("kind").GetString() == kind) && Long(row, denominator) is > 0).ToList();
                var expected = counted.Sum(row => Long(row, denominator)!.Value);
                return expected > 0 ? Math.Round((decimal)counted.Sum(row => Long(row, numerator) ?? 0) / expected, 4) : null;
            }
            return new CityFigures(city.Name, Sum("rowsUploaded"), uploadDays,
                Sum("outpatientVisits"), Rate("outpatientVisits", "expectedOutpatientVisits"),
                Sum("discharges"), Rate("discharges", "expectedDischarges"),
                Rate("healthRecordsBasic", "expectedResidents", "district"),
                Rate("healthRecordsHypertension", "expectedHypertensionPatients", "district"),
                Rate("healthRecordsDiabetes", "expectedDiabetesPatients", "district"),
                $"{dayVersion}{monthVersion}");
        }
        catch (HttpRequestException error) when (error.StatusCode is null)
        {
            return CityFigures.Failed(city.Name, $"无法连接 unreachable: {error.Message}");
        }
        catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return CityFigures.Failed(city.Name, "无法连接 unreachable: timed out");
        }
        catch (CityRefusedException error)
        {
            return CityFigures.Failed(city.Name, error.Message);
        }
    }

    private async Task<(List<JsonElement> Rows, string Version)> RowsAsync(CitySource city, string query, CancellationToken cancellationToken)
    {
        var rows = new List<JsonElement>();
        var versions = new List<string>();
        string? cursor = null;
        do
        {
            var url = new Uri(city.BaseAddress, query + (cursor is null ? "" : "&cursor=" + Uri.EscapeDataString(cursor)));
            var (body, etag) = await GetAsync(city, url, cancellationToken);
            versions.Add(etag);
            var page = JsonDocument.Parse(body).RootElement;
            rows.AddRange(page.GetProperty("rows").EnumerateArray());
            cursor = page.GetProperty("nextCursor").GetString();
        } while (cursor is not null);
        return (rows, string.Join(',', versions));
    }

    private async Task<(string Body, string ETag)> GetAsync(CitySource city, Uri url, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        if (city.Token is not null) request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", city.Token);
        var kept = cache.Find(url);
        if (kept is not null) request.Headers.IfNoneMatch.Add(EntityTagHeaderValue.Parse(kept.ETag));
        using var response = await http.SendAsync(request, cancellationToken);
        if (response.StatusCode == HttpStatusCode.NotModified && kept is not null) return (kept.Body, kept.ETag);
        if (response.StatusCode is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden)
            throw new CityRefusedException($"令牌被拒绝 token refused ({(int)response.StatusCode})");
        if (!response.IsSuccessStatusCode) throw new CityRefusedException($"城市平台返回错误 the city answered {(int)response.StatusCode}");
        var body = await response.Content.ReadAsStringAsync(cancellationToken);
        var etag = response.Headers.ETag?.ToString() ?? "";
        if (etag.Length > 0) cache.Keep(url, etag, body);
        return (body, etag);
    }

    private static long? Long(JsonElement row, string field) =>
        row.TryGetProperty(field, out var value) && value.ValueKind == JsonValueKind.Number ? value.GetInt64() : null;
}

/// <summary>A city that answered but refused: a bad token (401/403) or an error status.</summary>
public sealed class CityRefusedException(string message) : Exception(message);
