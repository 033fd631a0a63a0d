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

    /// <summary>Data element 健康档案编号: in a health-record table it names the person a row belongs to.</summary>
    public const string HealthRecordNumberElement = "DE01.00.009.00";

    /// <summary>Explicit `personKey` from the catalogue, when it gives one.</summary>
    public string? DeclaredPersonKey { get; init; }

    /// <summary>
    /// The column that identifies the person of a row, for counting distinct persons: the catalogue's
    /// `personKey`, else the column carrying data element 健康档案编号, else the first business-key column.
    /// </summary>
    public string PersonKey => DeclaredPersonKey
        ?? Columns.FirstOrDefault(column => column.Element == HealthRecordNumberElement)?.Name
        ?? BusinessKey[0];

    /// <summary>Cross-field rules from the table's optional <c>checks:</c> list (none when it has none).</summary>
    public IReadOnlyList<TableCheck> Checks { get; init; } = [];
}
