namespace HealthExchange.Api.Formats;

/// <summary>The representations the API serves; each endpoint admits a subset.</summary>
internal enum ResponseFormat
{
    Json,
    Csv,
    Xlsx,
    Arrow,
}
