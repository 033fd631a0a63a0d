using HealthExchange.Validation.Catalogues;
using Npgsql;

namespace HealthExchange.Ingest.Registry;

/// <summary>Loads an institutions CSV and a declarations CSV into the registry (the shipped Nanjing seed by default).</summary>
public static class RegistrySeed
{
    public static async Task<(int Institutions, int Declarations)> ImportAsync(NpgsqlDataSource dataSource, CatalogueSet catalogues,
        string? institutionsFile = null, string? declarationsFile = null, CancellationToken cancellationToken = default)
    {
        var institutions = InstitutionCsv.Read(institutionsFile ?? InstitutionCsv.DefaultSeed);
        foreach (var institution in institutions) await InstitutionRegistry.UpsertAsync(dataSource, institution, cancellationToken);

        var declarationsPath = declarationsFile ?? (institutionsFile is null ? DeclarationCsv.DefaultSeed : null);
        if (declarationsPath is null || !File.Exists(declarationsPath)) return (institutions.Count, 0);
        var registry = new InstitutionRegistry(dataSource, TimeProvider.System);
        var known = (await registry.AllAsync(cancellationToken)).ToDictionary(i => i.Code, StringComparer.Ordinal);
        var declarations = DeclarationCsv.Read(declarationsPath, code => known.TryGetValue(code, out var institution)
            ? catalogues.CatalogueOf(institution)
            : null);
        var store = new DeclarationStore(dataSource);
        foreach (var declaration in declarations) await store.UpsertAsync(declaration, cancellationToken);
        return (institutions.Count, declarations.Count);
    }
}
