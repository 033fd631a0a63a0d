using HealthExchange.Metrics.Computation;

namespace HealthExchange.Api.Fhir;

/// <summary>
/// One published figure as a FHIR Measure: a rate is scored as a proportion (numerator/denominator), a count as a
/// continuous variable. <see cref="Numerator"/> and <see cref="Denominator"/> are null for counts.
/// </summary>
internal sealed record FhirFigure(string Id, string TitleZh, string TitleEn, bool IsRate,
    Func<InstitutionMetrics, decimal?> Score, Func<InstitutionMetrics, long?>? Numerator = null, Func<InstitutionMetrics, long?>? Denominator = null);
