namespace HealthExchange.Host.Province;

/// <summary>What one city's pull gave: its line of the city table and the lines of its provincial institutions.</summary>
internal sealed record CityPull(CityFigures City, IReadOnlyList<HospitalFigures> Hospitals)
{
    public static CityPull Failed(string city, string failure) => new(CityFigures.Failed(city, failure), []);
}
