using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;

namespace HealthExchange.Host.Province;

/// <summary>
/// Pulls one city's summaries for a period over its API (JSON, every page) and folds them into the city's line.
/// Each answer's ETag is recorded in <see cref="PullCache"/>: a re-run sends If-None-Match and a 304 reuses the
/// kept body, so only what changed is transferred.
/// </summary>
/// <remarks>
/// The provincial institutions (隶属关系 in <paramref name="affiliations"/>, default 省) are picked from the same rows by the
/// summaries' <c>affiliation</c> column and folded one by one for the second table.
/// </remarks>
internal sealed class CityPuller(HttpClient http, PullCache cache, IReadOnlyCollection<string>? affiliations = null)
{
    private readonly IReadOnlyCollection<string> _affiliations = affiliations ?? [HealthExchange.Validation.Catalogues.InstitutionAffiliation.Province];

    public async Task<CityPull> PullAsync(CitySource city, DateOnly from, DateOnly to, CancellationToken cancellationToken)
    {
        try
        {
            var query = $"api/v1/summaries?from={from:yyyy-MM-dd}&to={to:yyyy-MM-dd}&limit=5000";
            var (days, dayVersion) = await RowsAsync(city, query + "&granularity=day", cancellationToken);
            var (months, monthVersion) = await RowsAsync(city, query + "&granularity=month", cancellationToken);
            var all = new SummaryFold(days, months);
            var figures = new CityFigures(city.Name, all.Sum("rowsUploaded"), all.UploadDays,
                all.Sum("outpatientVisits"), all.Rate("outpatientVisits", "expectedOutpatientVisits"),
                all.Sum("discharges"), all.Rate("discharges", "expectedDischarges"),
                all.Rate("healthRecordsBasic", "expectedResidents", "district"),
                all.Rate("healthRecordsHypertension", "expectedHypertensionPatients", "district"),
                all.Rate("healthRecordsDiabetes", "expectedDiabetesPatients", "district"),
                $"{dayVersion}{monthVersion}");
            return new CityPull(figures, Provincial(city.Name, days, months));
        }
        catch (HttpRequestException error) when (error.StatusCode is null)
        {
            return CityPull.Failed(city.Name, $"无法连接 unreachable: {error.Message}");
        }
        catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return CityPull.Failed(city.Name, "无法连接 unreachable: timed out");
        }
        catch (CityRefusedException error)
        {
            return CityPull.Failed(city.Name, error.Message);
        }
    }

    /// <summary>One line per institution of the wanted affiliations, whether or not it uploaded anything (a silent one shows 0).</summary>
    private List<HospitalFigures> Provincial(string city, List<JsonElement> days, List<JsonElement> months)
    {
        bool Wanted(JsonElement row) => SummaryFold.Text(row, "affiliation") is { } affiliation && _affiliations.Contains(affiliation);
        string Code(JsonElement row) => SummaryFold.Text(row, "code") ?? "";
        var dayRows = days.Where(Wanted).ToLookup(Code);
        return months.Where(Wanted).GroupBy(Code).Select(group =>
        {
            var fold = new SummaryFold([.. dayRows[group.Key]], [.. group]);
            return new HospitalFigures(city, group.Key, SummaryFold.Text(group.Last(), "name") ?? group.Key, fold.Sum("rowsUploaded"),
                fold.Sum("outpatientVisits"), fold.Rate("outpatientVisits", "expectedOutpatientVisits"),
                fold.Sum("discharges"), fold.Rate("discharges", "expectedDischarges"),
                fold.Sum("inspectionRowsUploaded"), fold.UploadDays);
        }).ToList();
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
}

/// <summary>A city that answered but refused: a bad token (401/403) or an error status.</summary>
internal sealed class CityRefusedException(string message) : Exception(message);
