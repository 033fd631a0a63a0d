using HealthExchange.Cda.Checking;
using HealthExchange.Cda.Types;
using HealthExchange.Validation.Catalogues;

namespace HealthExchange.Cda.Tests;

/// <summary>The validator as the platform builds it, and a fixed check context (upload time, sender, registry).</summary>
internal static class CdaTestKit
{
    /// <summary>
    /// The codes of the shipped registry (schemas/institutions/nanjing.csv, first column): the CDA checks only ask
    /// "is this sender known", so the codes are read here without the Ingest project that owns the registry.
    /// </summary>
    public static readonly IReadOnlySet<string> Registry = File.ReadLines(Path.Combine(SchemaPaths.Root, "institutions", "nanjing.csv"))
        .Skip(1).Where(line => line.Length > 0).Select(line => line.Split(',')[0]).ToHashSet(StringComparer.Ordinal);

    public static readonly DateTimeOffset UploadedAt = Some.Shanghai(2024, 1, 15, 10);

    public static CdaValidator Validator(CdaOptions? options = null) =>
        new(options ?? new CdaOptions(), DocumentTypeCatalogue.Default, CodedValueSets.Default);

    public static CdaCheckContext Context(string? institution = Some.Hospital) =>
        new(institution, Registry.Contains, Some.HospitalCatalogue, UploadedAt);

    public static CdaResult Validate(byte[] bytes, CdaOptions? options = null, string? institution = Some.Hospital) =>
        Validator(options).Validate(bytes, Context(institution));

    public static string SourceDirectory
    {
        get
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
                if (File.Exists(Path.Combine(dir.FullName, "Cda.Tests.csproj"))) return dir.FullName;
                else if (File.Exists(Path.Combine(dir.FullName, "tests", "Cda.Tests", "Cda.Tests.csproj"))) return Path.Combine(dir.FullName, "tests", "Cda.Tests");
            throw new DirectoryNotFoundException("tests/Cda.Tests not found above " + AppContext.BaseDirectory);
        }
    }
}
