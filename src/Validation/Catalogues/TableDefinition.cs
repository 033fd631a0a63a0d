namespace HealthExchange.Validation.Catalogues;

/// <summary>One required table of a catalogue: its columns, business key, event time and roles.</summary>
public sealed record TableDefinition(
    string Code,
    string NameZh,
    string NameEn,
    string Category,
    IReadOnlyList<InstitutionKind> RequiredFor,
    IReadOnlyList<string> BusinessKey,
    string EventTime,
    IReadOnlyList<string> DocumentTypes,
    IReadOnlyList<TableRole> Roles,
    RealtimeRequirement? Realtime,
    IReadOnlyList<ColumnDefinition> Columns)
{
    private Dictionary<string, int>? _ordinals;

    /// <summary>The ordinal of a column by name, or -1.</summary>
    public int IndexOf(string columnName)
    {
        _ordinals ??= Columns.Select((column, index) => (column.Name, index))
            .ToDictionary(pair => pair.Name, pair => pair.index, StringComparer.Ordinal);
        return _ordinals.TryGetValue(columnName, out var index) ? index : -1;
    }

    public ColumnDefinition Column(string name) => Columns[IndexOf(name)];

    public int EventTimeIndex => IndexOf(EventTime);

    public IEnumerable<int> BusinessKeyIndexes => BusinessKey.Select(IndexOf);

    /// <summary>Cross-field rules from the table's optional <c>checks:</c> list (none when it has none).</summary>
    public IReadOnlyList<TableCheck> Checks { get; init; } = [];
}
