namespace HealthExchange.Host.Cli;

internal enum OutputFormat
{
    Table,
    Csv,
    Json,
    Xlsx,
    Html,
}

internal static class OutputFormats
{
    public static OutputFormat From(CommandLine line, params OutputFormat[] allowed)
    {
        var text = line.Option("format") ?? "table";
        OutputFormat format = text switch
        {
            "table" or "text" => OutputFormat.Table,
            "csv" => OutputFormat.Csv,
            "json" => OutputFormat.Json,
            "xlsx" => OutputFormat.Xlsx,
            "html" => OutputFormat.Html,
            _ => throw new UsageException($"--format {text} is not one of {string.Join('|', allowed.Select(f => f.ToString().ToLowerInvariant()))}"),
        };
        if (allowed.Length > 0 && !allowed.Contains(format)) throw new UsageException($"--format {text} is not available here");
        return format;
    }
}
