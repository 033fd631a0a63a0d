namespace HealthExchange.Validation.Catalogues;

/// <summary>
/// A versioned required-table catalogue (hospitals 83 tables, districts 129). Data that operators own:
/// everything downstream (validation, DDL, loading, metrics) reads it instead of hard-coding tables.
/// </summary>
public sealed record TableCatalogue(
    string Id,
    string Version,
    InstitutionKind Kind,
    string NameZh,
    string NameEn,
    int RequiredTables,
    int RealtimeForms,
    IReadOnlyList<TableDefinition> Tables)
{
    private Dictionary<string, TableDefinition>? _byCode;

    public bool TryGetTable(string code, out TableDefinition table)
    {
        _byCode ??= Tables.ToDictionary(table => table.Code, StringComparer.Ordinal);
        return _byCode.TryGetValue(code, out table!);
    }

    public IEnumerable<TableDefinition> WithRole(TableRole role) => Tables.Where(table => table.Roles.Contains(role));
}
