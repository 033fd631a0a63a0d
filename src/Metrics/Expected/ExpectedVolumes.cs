namespace HealthExchange.Metrics.Expected;

/// <summary>
/// An institution's expected volumes (统计报表) for a month or a slice of whole months; null = not reported.
/// Visits and discharges add up over months; residents and registered patients are the stock at the slice's end.
/// </summary>
public sealed record ExpectedVolumes(string Institution, DateOnly Month, long? OutpatientVisits, long? Discharges, long? Residents,
    long? HypertensionPatients, long? DiabetesPatients);
