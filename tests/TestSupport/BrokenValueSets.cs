using HealthExchange.Validation.Catalogues;

namespace HealthExchange.TestSupport;

/// <summary>
/// The shipped catalogues over a temporary copy of the value sets with one code taken out: the platform's
/// own mistake that quarantines good rows, to be fixed by going back to the shipped files.
/// </summary>
public sealed class BrokenValueSets : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("hx-valuesets-").FullName;

    public BrokenValueSets(string valueSet, string code)
    {
        foreach (var file in Directory.EnumerateFiles(SchemaPaths.ValueSets, "*.yaml"))
            File.Copy(file, Path.Combine(_directory, Path.GetFileName(file)));
        var path = Path.Combine(_directory, valueSet + ".yaml");
        var lines = File.ReadAllLines(path);
        var kept = lines.Where(line => !line.Contains($"code: \"{code}\"", StringComparison.Ordinal)).ToArray();
        if (kept.Length != lines.Length - 1) throw new InvalidOperationException($"code {code} is not in value set {valueSet}");
        File.WriteAllLines(path, kept);
        Catalogues = CatalogueSet.Load([SchemaPaths.Catalogue("hospital"), SchemaPaths.Catalogue("district")], _directory);
    }

    public CatalogueSet Catalogues { get; }

    public void Dispose() => Directory.Delete(_directory, recursive: true);
}
