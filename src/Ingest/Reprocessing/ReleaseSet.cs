using HealthExchange.Ingest.Loading;
using HealthExchange.Validation.Catalogues;
using HealthExchange.Validation.Checking;
using HealthExchange.Validation.Issues;
using Npgsql;

namespace HealthExchange.Ingest.Reprocessing;

/// <summary>
/// One batch's re-validated rows sorted into those to release (staged for the merge), those still failing
/// (with this run's findings) and those still unreadable; then the batch rules a release must keep.
/// </summary>
internal sealed class ReleaseSet(BatchIdentity batch, TableDefinition table)
{
    private readonly List<ValidatedRow> _passing = [];
    private readonly List<int> _released = [];
    private readonly List<(int Row, string Issues)> _stillFailing = [];
    private readonly List<int> _unreadable = [];
    private readonly SortedDictionary<string, int> _issueCounts = new(StringComparer.Ordinal);

    public IReadOnlyList<int> Released => _released;
    public bool AnyPassing => _passing.Count > 0;
    public IReadOnlyList<(int Row, string Issues)> StillFailing => _stillFailing;
    public IReadOnlyList<int> Unreadable => _unreadable;
    public int Superseded { get; private set; }

    public IReadOnlyDictionary<string, int> IssueCounts() => _issueCounts;

    public void Add(ValidatedRow row, IReadOnlyList<ValidationIssue> headerErrors)
    {
        if (!row.Rejected)
        {
            _passing.Add(row);
            _released.Add(row.RowNumber);
            return;
        }
        var issues = headerErrors.Concat(row.Issues).ToList();
        foreach (var issue in issues.Where(issue => issue.Severity == IssueSeverity.Error)) Count(issue.Code);
        if (row.Source.ReadError is not null) _unreadable.Add(row.RowNumber);
        else _stillFailing.Add((row.RowNumber, IssueJson.Serialize(issues)));
    }

    /// <summary>The passing rows into the load's staging table, as a load stages them.</summary>
    public async Task StageAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        await using (var create = new NpgsqlCommand(StagingTable.Create(table), connection))
            await create.ExecuteNonQueryAsync(cancellationToken);
        await using var copy = await BinaryCopyWriter.BeginAsync(connection, StagingTable.CopyCommand(table), cancellationToken);
        var writer = new RowWriter(table, batch);
        foreach (var row in _passing) await writer.WriteAsync(copy, row, cancellationToken);
        await copy.CompleteAsync(cancellationToken);
    }

    /// <summary>
    /// A key this batch already loaded from another row stays quarantined (HX3001, as the first load would
    /// have ruled); a record a later upload already wrote is released without being overwritten.
    /// </summary>
    public async Task KeepBatchRulesAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        var repeated = await TakeAsync(connection, ReleaseSql.TakeKeysLoadedFromSameBatch(table), cancellationToken);
        _released.RemoveAll(repeated.Contains);
        foreach (var rowNumber in repeated)
        {
            var issue = new ValidationIssue(IssueCodes.DuplicateKeyInBatch, rowNumber, string.Join('+', table.BusinessKey), null,
                "the batch loaded this key from another row");
            _stillFailing.Add((rowNumber, IssueJson.Serialize([issue])));
            Count(issue.Code);
        }
        Superseded = (await TakeAsync(connection, ReleaseSql.TakeSuperseded(table), cancellationToken)).Count;
    }

    private static async Task<HashSet<int>> TakeAsync(NpgsqlConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        var rows = new HashSet<int>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken)) rows.Add(reader.GetInt32(0));
        return rows;
    }

    private void Count(string code) => _issueCounts[code] = _issueCounts.GetValueOrDefault(code) + 1;
}
