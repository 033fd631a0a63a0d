using System.Globalization;
using System.Text;
using HealthExchange.Ingest.Loading;
using HealthExchange.Ingest.Schema;
using HealthExchange.TestSupport;
using HealthExchange.Validation.Catalogues;
using HealthExchange.Validation.Checking;
using HealthExchange.Validation.Issues;
using HealthExchange.Validation.Reading;
using Xunit;

namespace HealthExchange.Ingest.Tests;

/// <summary>
/// The direct COPY of new keys (<see cref="DirectCopy"/>) must leave exactly what the staged merge leaves: the same
/// rows, the same aggregates, the same ledger and quarantine, the same outcomes. Random worlds of batches — new keys,
/// corrections, unchanged re-sends, rejected rows, a reused batch id, rows late for the real-time limit, months whose
/// batches longer than what the attempt keeps — are loaded into two databases, one
/// with the direct path and one without, and every table is compared.
/// </summary>
public sealed class DirectCopyEquivalenceTests : IAsyncLifetime
{
    private const string District = "320116";
    private TestDatabase _direct = null!, _staged = null!, _grouped = null!;

    public async Task InitializeAsync()
    {
        _direct = await TestDatabase.CreateAsync();
        _staged = await TestDatabase.CreateAsync();
        _grouped = await TestDatabase.CreateAsync();
    }

    public async Task DisposeAsync()
    {
        await _direct.DisposeAsync();
        await _staged.DisposeAsync();
        await _grouped.DisposeAsync();
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public async Task Both_paths_leave_identical_rows_aggregates_and_outcomes(int seed)
    {
        // outpatient_visit: datetime event time, real-time form; hr_person_basic: date event time, persons counted.
        var batches = World(Some.OutpatientTable, Some.Hospital, seed).Concat(World(DistrictTable("hr_person_basic"), District, seed)).ToList();
        var direct = new BatchLoader(_direct.DataSource) { MaxKeptRows = 7 };
        var staged = new BatchLoader(_staged.DataSource) { DirectCopyEnabled = false };

        foreach (var batch in batches)
        {
            var viaDirect = await direct.LoadAsync(batch.Identity, batch.Table, "csv", batch.Rows(), [], CancellationToken.None);
            var viaStaged = await staged.LoadAsync(batch.Identity, batch.Table, "csv", batch.Rows(), [], CancellationToken.None);
            Assert.Equal(viaStaged, viaDirect);
        }

        // Both paths were really taken on the direct side, and the staged side never tried the direct one.
        Assert.True(direct.PathCounts.Direct > 0 && direct.PathCounts.Staged > 0, $"direct {direct.PathCounts}");
        // …and batches of new and stored keys together, split between the two.
        Assert.True(direct.SplitCount > 0, "no batch was split");
        Assert.Equal(0, staged.PathCounts.Direct);
        foreach (var query in Comparisons)
            Assert.Equal(await DumpAsync(_staged, query), await DumpAsync(_direct, query));
    }

    /// <summary>
    /// Keys of several columns, of text, code, integer and date (the split's lookup passes each as a typed array): a batch
    /// split between the paths leaves what the staged merge leaves.
    /// </summary>
    [Theory]
    [InlineData(4)]
    [InlineData(5)]
    public async Task Composite_keys_split_between_the_paths_as_the_merge_leaves_them(int seed)
    {
        string[] codes = ["tb_medication_record", "hr_exam_health_problem"];
        // Batch ids of their own per table: an id is used once per institution.
        var batches = codes.SelectMany(code => World(DistrictTable(code), District, seed)
            .Select(batch => batch with { Identity = batch.Identity with { BatchId = $"{code}/{batch.Identity.BatchId}" } })).ToList();
        var direct = new BatchLoader(_direct.DataSource) { MaxKeptRows = 7 };
        var staged = new BatchLoader(_staged.DataSource) { DirectCopyEnabled = false };
        foreach (var batch in batches)
            Assert.Equal(await staged.LoadAsync(batch.Identity, batch.Table, "csv", batch.Rows(), [], CancellationToken.None),
                await direct.LoadAsync(batch.Identity, batch.Table, "csv", batch.Rows(), [], CancellationToken.None));

        Assert.True(direct.SplitCount > 0, "no batch was split");
        foreach (var query in codes.Select(code => $"SELECT * FROM {SqlNames.DataTable(DistrictTable(code))}")
                     .Concat(Comparisons.Where(query => !query.Contains("persons", StringComparison.Ordinal)).Skip(2))) // neither table keeps persons
            Assert.Equal(await DumpAsync(_staged, query), await DumpAsync(_direct, query));
    }

    /// <summary>
    /// Group commit (<see cref="LoadGroup"/>): the same world loaded in groups of one to six batches, each group one
    /// transaction — corrections of keys an earlier batch of the same group inserted, a batch id reused within a group,
    /// two staged merges in one transaction — leaves exactly what one transaction a batch leaves.
    /// </summary>
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public async Task Batches_loaded_in_groups_leave_what_batches_loaded_alone_leave(int seed)
    {
        var batches = World(Some.OutpatientTable, Some.Hospital, seed).Concat(World(DistrictTable("hr_person_basic"), District, seed)).ToList();
        var alone = new BatchLoader(_staged.DataSource) { MaxKeptRows = 7 };
        var grouped = new BatchLoader(_grouped.DataSource) { MaxKeptRows = 7 };
        var sizes = new Random(seed);
        LoadGroup? group = null;
        var left = 0;
        var groups = 0;
        foreach (var batch in batches)
        {
            if (left == 0)
            {
                if (group is not null) await CommitAsync(group);
                group = await LoadGroup.BeginAsync(_grouped.DataSource, CancellationToken.None);
                left = sizes.Next(1, 7);
                groups++;
            }
            left--;
            var viaAlone = await alone.LoadAsync(batch.Identity, batch.Table, "csv", batch.Rows(), [], CancellationToken.None);
            LoadGroup.Current = group;
            try
            {
                var viaGroup = await grouped.LoadAsync(batch.Identity, batch.Table, "csv", batch.Rows(), [], CancellationToken.None);
                Assert.Equal(viaAlone, viaGroup);
            }
            finally
            {
                LoadGroup.Current = null;
            }
        }
        await CommitAsync(group!);

        Assert.True(groups < batches.Count / 2, $"{groups} groups for {batches.Count} batches");
        Assert.True(grouped.PathCounts.Direct > 0 && grouped.PathCounts.Staged > 0, $"grouped {grouped.PathCounts}");
        Assert.True(grouped.SplitCount > 0, "no batch was split in a group");
        foreach (var query in Comparisons)
            Assert.Equal(await DumpAsync(_staged, query), await DumpAsync(_grouped, query));

        static async Task CommitAsync(LoadGroup group)
        {
            await group.CommitSoFarAsync(CancellationToken.None);
            await group.DisposeAsync();
        }
    }

    private static readonly string[] Comparisons =
    [
        $"SELECT * FROM {SqlNames.DataTable(Some.OutpatientTable)}",
        $"SELECT * FROM {SqlNames.DataTable(DistrictTable("hr_person_basic"))}",
        "SELECT * FROM hx.daily_records",
        "SELECT * FROM hx.monthly_records",
        "SELECT * FROM hx.health_record_persons",
        "SELECT * FROM hx.monthly_new_persons",
        "SELECT institution_code, batch_id, table_code, status, rows_received, rows_accepted, rows_inserted, rows_updated, rows_quarantined FROM hx.batches",
        "SELECT institution_code, batch_id, row_no, table_code, raw, issues::text FROM hx.quarantine",
        "SELECT table_code, institution_code, record_key::text, batch_id, row_no, uploaded_at, event_time, content::text, fate, settled_by_batch FROM hx.record_versions",
    ];

    /// <summary>Every row of a query as text, sorted, without the load's own clock (loaded_at).</summary>
    private static async Task<string> DumpAsync(TestDatabase database, string query)
    {
        await using var command = database.DataSource.CreateCommand(query);
        await using var reader = await command.ExecuteReaderAsync();
        var lines = new List<string>();
        while (await reader.ReadAsync())
        {
            var line = new StringBuilder();
            for (var i = 0; i < reader.FieldCount; i++)
            {
                if (reader.GetName(i) == SystemColumns.LoadedAt) continue;
                var value = reader.GetValue(i);
                line.Append(reader.GetName(i)).Append('=').Append(Convert.ToString(value, CultureInfo.InvariantCulture)).Append('|');
            }
            lines.Add(line.ToString());
        }
        Assert.True(lines.Count > 0, $"no rows: {query}");
        lines.Sort(StringComparer.Ordinal);
        return string.Join('\n', lines);
    }

    private static TableDefinition DistrictTable(string code) =>
        Some.Catalogues.For(InstitutionKind.District).TryGetTable(code, out var table) ? table : throw new InvalidOperationException(code);

    private sealed record PlannedBatch(BatchIdentity Identity, TableDefinition Table, IReadOnlyList<(int Key, int Version, bool Rejected)> Plan, DateTime[] EventTimes)
    {
        /// <summary>Fresh typed rows each time: a load may keep and hand on its rows.</summary>
        public IEnumerable<ValidatedRow> Rows() => Plan.Select((planned, index) => TypedRow(Table, index + 1, planned.Key, planned.Version, EventTimes[planned.Key], planned.Rejected));
    }

    /// <summary>
    /// 16 batches over about three months: upload times move forward a few hours to days, and a new record happened up to
    /// three days before its first upload (so on either side of the real-time limit, and across month ends). About half the batches bring only keys never sent (the direct path), the others
    /// mix new keys with keys already sent, in a new version (a correction) or the same one (an unchanged re-send).
    /// </summary>
    private static IEnumerable<PlannedBatch> World(TableDefinition table, string institution, int seed)
    {
        var random = new Random(seed);
        var eventTimes = new DateTime[16 * 15];
        var uploaded = new DateTimeOffset(2022, 3, 5, 8, 0, 0, TimeSpan.FromHours(8));
        var fresh = 0;
        for (var number = 0; number < 16; number++)
        {
            uploaded = uploaded.AddHours(random.Next(1, 24 * 12));
            var onlyNew = fresh == 0 || random.Next(2) == 0;
            var keys = new HashSet<int>();
            for (var size = random.Next(1, 16); keys.Count < size;)
            {
                if (!onlyNew && random.Next(2) == 0) { keys.Add(random.Next(0, fresh)); continue; }
                // A new record happened up to three days before its upload: on either side of the real-time limit.
                eventTimes[fresh] = uploaded.ToOffset(TimeSpan.FromHours(8)).DateTime.AddMinutes(-random.Next(0, 3 * 24 * 60));
                keys.Add(fresh++);
            }
            var plan = keys.Select(key => (key, random.Next(0, 3), random.Next(0, 10) == 0)).ToList();
            // Batch 9 reuses batch 8's id with other rows: the second is a duplicate and changes nothing.
            var id = number == 9 ? $"{institution}-8" : $"{institution}-{number}";
            yield return new PlannedBatch(new BatchIdentity(institution, id, uploaded), table, plan, eventTimes);
        }
    }

    /// <summary>
    /// A row as validation would type it: key columns from the key number, the event time given, every other column
    /// from (key, version) so that a new version is a correction and the same version an unchanged re-send.
    /// </summary>
    private static ValidatedRow TypedRow(TableDefinition table, int rowNumber, int key, int version, DateTime eventTime, bool rejected)
    {
        var values = new object?[table.Columns.Count];
        for (var i = 0; i < values.Length; i++)
        {
            var column = table.Columns[i];
            var isKey = table.BusinessKey.Contains(column.Name);
            values[i] = column.Name == table.EventTime
                ? column.Type.Kind == ColumnKind.Date ? DateOnly.FromDateTime(eventTime) : eventTime
                : isKey ? Value(column.Type, $"k{key}", key)
                : (key + version + i) % 5 == 0 ? null : Value(column.Type, $"v{version}-{i}", version * 100 + i);
        }
        var source = new SourceRow(rowNumber, values.Select(value => Convert.ToString(value, CultureInfo.InvariantCulture)).ToArray(), $"raw {key}/{version}");
        var row = new ValidatedRow(source, values);
        if (rejected) row.Add(new ValidationIssue(IssueCodes.NotInValueSet, rowNumber, table.Columns[0].Name, "x"));
        return row;
    }

    private static object Value(ColumnType type, string text, int number) => type.Kind switch
    {
        ColumnKind.String or ColumnKind.Code => text.Length > type.Length ? text[..type.Length] : text,
        ColumnKind.Integer => (long)number,
        ColumnKind.Decimal => Math.Round(number / 10m, Math.Min(1, type.Scale)) % (decimal)Math.Pow(10, type.Precision - type.Scale),
        ColumnKind.Date => new DateOnly(2000, 1, 1).AddDays(number),
        ColumnKind.DateTime => new DateTime(2000, 1, 1).AddHours(number),
        ColumnKind.Boolean => number % 2 == 0,
        _ => throw new ArgumentOutOfRangeException(nameof(type)),
    };
}
