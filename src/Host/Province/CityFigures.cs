namespace HealthExchange.Host.Province;

/// <summary>
/// One city's line of the province table (../shared/reference/province-2016-03-04.txt), or why it could not be pulled.
/// Rates are null ("/") where the city reported no denominator.
/// </summary>
internal sealed record CityFigures(string City, long RowsUploaded, int UploadDays, long OutpatientVisits, decimal? OutpatientRate,
    long Discharges, decimal? DischargeRate, decimal? HealthRecordBasicRate, decimal? HypertensionRate, decimal? DiabetesRate,
    string? DataVersion, string? Failure = null)
{
    public static CityFigures Failed(string city, string failure) => new(city, 0, 0, 0, null, 0, null, null, null, null, null, failure);
}
