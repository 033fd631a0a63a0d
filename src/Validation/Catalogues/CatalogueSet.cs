namespace HealthExchange.Validation.Catalogues;

/// <summary>The catalogues in force, one per institution kind, by default the shipped hospital and district files.</summary>
public sealed class CatalogueSet(IReadOnlyList<TableCatalogue> catalogues)
{
    public IReadOnlyList<TableCatalogue> All { get; } = catalogues;

    public TableCatalogue For(InstitutionKind kind) => Find(kind) ?? throw new InvalidOperationException($"no {kind.ToWire()} catalogue is loaded");

    public TableCatalogue? Find(InstitutionKind kind) => All.FirstOrDefault(catalogue => catalogue.Kind == kind);

    public TableCatalogue? ById(string id) => All.FirstOrDefault(catalogue => catalogue.Id == id);

    /// <summary>Every distinct table across the catalogues (a shared code means one table with one definition).</summary>
    public IEnumerable<TableDefinition> DistinctTables => All.SelectMany(catalogue => catalogue.Tables)
        .GroupBy(table => table.Code, StringComparer.Ordinal).Select(group => group.First());

    /// <summary>Loads the given catalogue files (or the shipped ones) and fails loudly on any defect.</summary>
    public static CatalogueSet Load(IEnumerable<string>? files = null, string? valueSetDirectory = null)
    {
        var paths = files?.ToList() is { Count: > 0 } given ? given : [SchemaPaths.Catalogue("hospital"), SchemaPaths.Catalogue("district")];
        var catalogues = paths.Where(File.Exists).Select(path => CatalogueLoader.Load(path, valueSetDirectory ?? SchemaPaths.ValueSets).Required()).ToList();
        if (catalogues.Count == 0) throw new FileNotFoundException("no catalogue file found", string.Join(", ", paths));
        return new CatalogueSet(catalogues);
    }
}
