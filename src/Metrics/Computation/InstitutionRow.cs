namespace HealthExchange.Metrics.Computation;

/// <summary>The registry facts of one institution that the report needs, read once per report.</summary>
internal sealed record InstitutionRow(string Code, string Name, string Kind, string UploadMethod, string CatalogueId);
