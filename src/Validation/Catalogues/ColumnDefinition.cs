namespace HealthExchange.Validation.Catalogues;

/// <summary>One column of a catalogue table, as the sender names it in a CSV header or JSON key.</summary>
public sealed record ColumnDefinition(
    string Name,
    string? Element,
    string NameZh,
    string NameEn,
    ColumnType Type,
    bool Required,
    string? ValueSetId,
    PersonalDataClass Personal)
{
    /// <summary>Resolved after loading: the value set <see cref="ValueSetId"/> names, when there is one.</summary>
    public ValueSet? ValueSet { get; init; }
}
