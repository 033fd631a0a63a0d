namespace HealthExchange.Validation.Catalogues;

/// <summary>
/// Where the shipped schemas/ folder is: HX_SCHEMAS if set, else the copy beside the binaries
/// (every host and test project copies schemas/ to its output), else the nearest one above the working folder.
/// </summary>
public static class SchemaPaths
{
    public static string Root { get; } = Locate();

    public static string Catalogue(string name) => Path.Combine(Root, "catalogue", name + ".yaml");
    public static string ValueSets => Path.Combine(Root, "valuesets");
    public static string Sql => Path.Combine(Root, "sql");
    public static string Cda => Path.Combine(Root, "cda");

    private static string Locate()
    {
        if (Environment.GetEnvironmentVariable("HX_SCHEMAS") is { Length: > 0 } configured) return configured;
        var besideBinaries = Path.Combine(AppContext.BaseDirectory, "schemas");
        if (Directory.Exists(besideBinaries)) return besideBinaries;
        for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
            if (Directory.Exists(Path.Combine(dir.FullName, "schemas", "catalogue"))) return Path.Combine(dir.FullName, "schemas");
        return besideBinaries;
    }
}
