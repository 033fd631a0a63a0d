using HealthExchange.Validation.Catalogues;

namespace HealthExchange.Ingest.Registry;

/// <summary>A registered institution: which catalogue judges it and how it uploads.</summary>
public sealed record Institution(string Code, string Name, InstitutionKind Kind, string UploadMethod, string CatalogueId);
