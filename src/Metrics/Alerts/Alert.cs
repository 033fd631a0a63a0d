namespace HealthExchange.Metrics.Alerts;

/// <summary>
/// One alert: which rule (its stable <see cref="Code"/>), about which institution and table, on which day, the
/// value seen against the value expected, and the bilingual text an operator reads. The key is
/// (code, institution, table, day): re-computing a day gives the same alert, so recording it is idempotent.
/// </summary>
public sealed record Alert(string Code, string Institution, string Table, DateOnly Day, double Value, double Expected, string MessageZh, string MessageEn);
