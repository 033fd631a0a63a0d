namespace HealthExchange.Metrics.Computation;

/// <summary>The registry facts of one institution that the report needs, read once per report; Affiliation is 隶属关系 (null = not recorded).</summary>
internal sealed record InstitutionRow(string Code, string Name, string Kind, string UploadMethod, string CatalogueId, string? Affiliation);
