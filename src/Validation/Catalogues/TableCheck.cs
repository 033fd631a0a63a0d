namespace HealthExchange.Validation.Catalogues;

/// <summary>
/// A cross-field rule of one table, from its <c>checks:</c> list: e.g. <c>{ rule: not_before, column:
/// discharge_time, reference: admission_time }</c>. It applies only when both values are present and valid;
/// a missing or malformed value has its own finding already.
/// </summary>
public sealed record TableCheck(TableCheckRule Rule, string Column, string Reference)
{
    public override string ToString() => $"{Column} {Rule.ToWire()} {Reference}";
}
