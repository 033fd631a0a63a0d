using System.Globalization;
using System.Text.Json;
using HealthExchange.Host.Cli;
using HealthExchange.Host.Pipeline;
using HealthExchange.Ingest.History;
using HealthExchange.Ingest.Loading;
using HealthExchange.Ingest.Registry;
using HealthExchange.Ingest.Schema;
using HealthExchange.Validation.Catalogues;
using Npgsql;

namespace HealthExchange.Host.Commands;

/// <summary>
/// `hx history KEY --institution CODE --table CODE [--format table|json]`: every version of one record — batches, upload
/// times, what changed, its retraction — for the operator answering "why did this number change". KEY is the business
/// key's value, or for a key of several columns `col=value,col=value` (or the values in key order, comma-separated).
/// Values of personal columns (names, ID numbers, phones, addresses) are never printed, only that they changed.
/// Exit 0 when anything is known of the record, 1 when nothing is.
/// </summary>
internal static class HistoryCommand
{
    public static async Task<int> RunAsync(CommandLine line)
    {
        var format = OutputFormats.From(line, OutputFormat.Table, OutputFormat.Json);
        var words = line.Positionals();
        if (words.Count != 1) throw new UsageException("history takes exactly one KEY");
        var institutionCode = line.RequiredOption("institution");
        var tableCode = line.RequiredOption("table");
        var settings = HostSettings.Load(line);
        var catalogues = settings.LoadCatalogues();
        await using var dataSource = PlatformDataSource.Create(settings.ConnectionString);
        await new SchemaMigrator(dataSource).MigrateAsync(catalogues);
        var institution = await new InstitutionRegistry(dataSource, TimeProvider.System).FindAsync(institutionCode, CancellationToken.None)
            ?? throw new UsageException($"institution {institutionCode} is not registered");
        var catalogue = catalogues.CatalogueOf(institution);
        if (catalogue is null || !catalogue.TryGetTable(tableCode, out var table))
            throw new UsageException($"table {tableCode} is not in the catalogue of {institutionCode}");

        RecordHistory history;
        try
        {
            history = await RecordHistoryQuery.ReadAsync(dataSource, institution.Code, table, ParseKey(table, words[0]), CancellationToken.None);
        }
        catch (PostgresException error) when (error.SqlState.StartsWith("22", StringComparison.Ordinal))
        {
            // 22xxx, a data exception: a key value that is not of its column's type (a word for an integer, a bad date).
            throw new UsageException($"KEY 的值与业务主键列的类型不符 / a KEY value does not fit the type of its business key column ({string.Join(", ", table.BusinessKey)})");
        }
        var shown = history with { Key = history.Key.ToDictionary(pair => pair.Key, pair => Personal(table, pair.Key) ? "***" : pair.Value) };
        if (format == OutputFormat.Json) Console.Out.WriteLine(JsonSerializer.Serialize(shown, JsonOptions));
        else Write(shown);
        return history.Known ? ExitCodes.Ok : ExitCodes.InputErrors;
    }

    /// <summary>Every field written, null when unknown (firstUploadedAt of a record never loaded), so readers see a stable shape.</summary>
    private static readonly JsonSerializerOptions JsonOptions = new(IssueJson.Options) { DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.Never };

    /// <summary>A key column that is personal data (an ID number as key, in an institution's own catalogue) is never echoed.</summary>
    private static bool Personal(TableDefinition table, string column) => table.Column(column).Personal != PersonalDataClass.None;

    /// <summary>KEY as the business key's values by column: one value, `col=value,…`, or values in key order.</summary>
    internal static Dictionary<string, string> ParseKey(TableDefinition table, string text)
    {
        if (table.BusinessKey.Count == 1 && !text.StartsWith(table.BusinessKey[0] + "=", StringComparison.Ordinal))
            return new() { [table.BusinessKey[0]] = text };
        var parts = text.Split(',');
        if (parts.Length != table.BusinessKey.Count)
            throw new UsageException($"KEY names {parts.Length} value(s); {table.Code}'s business key is {string.Join(", ", table.BusinessKey)}");
        if (parts.All(part => part.Contains('=', StringComparison.Ordinal)))
        {
            var pairs = parts.Select(part => part.Split('=', 2)).ToList();
            if (pairs.Select(pair => pair[0].Trim()).Distinct(StringComparer.Ordinal).Count() != pairs.Count)
                throw new UsageException($"KEY names a column twice; {table.Code}'s business key is {string.Join(", ", table.BusinessKey)}");
            var named = pairs.ToDictionary(pair => pair[0].Trim(), pair => pair[1], StringComparer.Ordinal);
            var missing = table.BusinessKey.Where(column => !named.ContainsKey(column)).ToList();
            if (missing.Count > 0 || named.Count != table.BusinessKey.Count)
                throw new UsageException($"KEY must name exactly {string.Join(", ", table.BusinessKey)}");
            return named;
        }
        return table.BusinessKey.Select((column, i) => (column, parts[i])).ToDictionary(pair => pair.column, pair => pair.Item2, StringComparer.Ordinal);
    }

    private static void Write(RecordHistory history)
    {
        var key = string.Join(", ", history.Key.Select(pair => $"{pair.Key}={pair.Value}"));
        Console.Out.WriteLine($"{history.Institution} {history.Table} {key}: " + (history.Counted
            ? $"counted now; first uploaded {Local(history.FirstUploadedAt)} by batch {history.FirstBatch}"
            : history.Known ? "not counted now (retracted or never loaded)" : "nothing is known of this record"));
        if (history.Versions.Count > 0)
        {
            var table = new TextTable(["uploaded (Shanghai)", "batch", "row", "event time", "fate", "changed from the version before"]);
            foreach (var version in history.Versions)
                table.AddRow(Local(version.UploadedAt), version.Batch, version.Row.ToString(CultureInfo.InvariantCulture),
                    version.EventTime?.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture) ?? "",
                    version.SettledBy is null ? version.Fate : $"{version.Fate} by {version.SettledBy}",
                    string.Join("; ", version.Changes.Select(change => change.Personal ? $"{change.Column} (personal: changed)" : $"{change.Column}: {change.From} → {change.To}")));
            Console.Out.Write(table);
        }
        foreach (var retraction in history.Retractions)
            Console.Out.WriteLine($"retraction {retraction.Batch} row {retraction.Row} at {Local(retraction.RetractedAt)}: {retraction.Outcome}" +
                (retraction.Reason is null ? "" : $" ({retraction.Reason})"));
    }

    private static string Local(DateTimeOffset? instant) =>
        instant is { } at ? at.ToOffset(TimeSpan.FromHours(8)).ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture) : "";
}
