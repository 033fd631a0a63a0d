namespace HealthExchange.Cda.Checking;

/// <summary>The header facts later stages use; null where the document did not give them usably.</summary>
internal sealed record CdaHeader(string? DocumentId, string? EffectiveTime, string? CustodianId);
