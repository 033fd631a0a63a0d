using HealthExchange.Validation.Catalogues;

namespace HealthExchange.Ingest.Registry;

/// <summary>
/// A registered institution: which catalogue judges it, how it uploads, and its 隶属关系
/// (<see cref="InstitutionAffiliation"/>; null = not recorded).
/// </summary>
public sealed record Institution(string Code, string Name, InstitutionKind Kind, string UploadMethod, string CatalogueId, string? Affiliation = null);
