namespace HealthExchange.Api.Formats;

/// <summary>The representations the API serves; each endpoint admits a subset.</summary>
public enum ResponseFormat
{
    Json,
    Csv,
    Xlsx,
    Arrow,
}
