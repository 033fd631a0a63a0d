using System.Text;
using HealthExchange.Ingest.Loading;
using HealthExchange.Validation.Catalogues;
using HealthExchange.Validation.Checking;
using HealthExchange.Validation.Reading;
using Npgsql;

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

    /// <summary>The folder of the broken value sets, for commands given --value-sets.</summary>
    public string Folder => _directory;

    public TableDefinition OutpatientTable =>
        Catalogues.For(InstitutionKind.Hospital).TryGetTable("outpatient_visit", out var table) ? table : throw new InvalidOperationException();

    /// <summary>Loads an outpatient-visit batch of <see cref="Some.Hospital"/> as the pipeline did while the value set was broken.</summary>
    public async Task<LoadOutcome> LoadOutpatientAsync(NpgsqlDataSource dataSource, string batchId, DateTimeOffset uploadedAt, byte[] payload,
        BatchFormat format = BatchFormat.Csv)
    {
        var table = OutpatientTable;
        using var reader = BatchFormats.Open(format, table, new MemoryStream(payload), new UTF8Encoding(false, true));
        var rows = BatchValidator.Validate(table, reader, ValidationContext.At(uploadedAt));
        return await new BatchLoader(dataSource).LoadAsync(new BatchIdentity(Some.Hospital, batchId, uploadedAt),
            table, format.ToWire(), rows, reader.HeaderIssues, reader.Header, CancellationToken.None);
    }

    public void Dispose() => Directory.Delete(_directory, recursive: true);
}
