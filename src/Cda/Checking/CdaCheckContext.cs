using HealthExchange.Validation.Catalogues;

namespace HealthExchange.Cda.Checking;

/// <summary>
/// What the checks need beyond the document: who sent it (null offline when unknown), the registry's codes
/// (to tell "another registered institution" from "another code system"), the catalogue its rows must fit,
/// and the upload time (the Kafka timestamp) that row dates are judged against.
/// </summary>
public sealed record CdaCheckContext(string? Institution, Func<string, bool> IsRegistered, TableCatalogue Catalogue, DateTimeOffset UploadedAt);
