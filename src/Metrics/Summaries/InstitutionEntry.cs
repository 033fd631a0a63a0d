namespace HealthExchange.Metrics.Summaries;

/// <summary>
/// A registered institution, its 隶属关系 (null = not recorded) and the declaration in force today (null when it
/// never declared: 未反馈).
/// </summary>
public sealed record InstitutionEntry(string Code, string Name, string Kind, string UploadMethod, string CatalogueId,
    string? Affiliation, DateOnly? DeclarationValidFrom, IReadOnlyList<string>? DeclaredTables);
