using System.Globalization;
using HealthExchange.Ingest.Schema;
using HealthExchange.Validation.Catalogues;
using HealthExchange.Validation.Checking;
using Npgsql;
using NpgsqlTypes;

namespace HealthExchange.Ingest.Loading;

/// <summary>
/// The fast path for the common case, a batch of records never seen before: its accepted rows go by binary COPY
/// straight into the data table under a savepoint, and the aggregates they feed are kept by one statement over the
/// batch's event times (<see cref="RecordFacts.FromArrays"/>). If any key is already stored (a correction or a
/// re-sent row: unique violation), the savepoint is rolled back and the caller stages the same rows for the full merge,
/// so the result is exactly the staged merge's — only the cost differs: one COPY instead of COPY into staging, a
/// correction join and an INSERT … ON CONFLICT. Keys of an institution and table that has tombstones (a retraction
/// was applied) may be retracted ones, so such loads take the staged path from the start (the caller checks).
/// </summary>
/// <remarks>
/// The accepted rows are kept while they stream (the fallback needs them again), up to <see cref="MaxKeptRows"/>;
/// a larger batch stops the attempt there and takes the staged path, so memory stays bounded by that, not by the batch.
/// The caller must hold the (institution, table) lock of <see cref="StagedMerge"/> before the attempt: without it two
/// loads could each find a key new and the second would fall back only after the first committed.
/// </remarks>
internal static class DirectCopy
{
    public const int MaxKeptRows = 50_000;
    private const string SavepointName = "hx_direct";

    /// <summary>The rows streamed so far and whether they are in the table (false: fall back and stage them).</summary>
    public sealed record Attempt(List<ValidatedRow> Kept, bool Copied);

    /// <summary>Tables whose aggregates the fast path can keep exactly (every shipped table).</summary>
    public static bool Applies(TableDefinition table) => RecordFacts.PersonKeyAsText(table);

    /// <summary>The savepoint the attempt rolls back to; sent by the caller with the claim and the lock (one round trip).</summary>
    public static NpgsqlBatchCommand Savepoint() => new($"SAVEPOINT {SavepointName}");

    /// <summary>
    /// Streams the accepted rows into the data table after <see cref="Savepoint"/>. When that fails (a key is already
    /// stored) or the batch is too large to keep, rolls back to the savepoint; when it succeeds, the caller sends
    /// <see cref="Finish"/> to keep the aggregates.
    /// </summary>
    public static async Task<Attempt> TryAsync(NpgsqlConnection connection, BatchIdentity batch, TableDefinition table,
        IEnumerator<ValidatedRow> rows, BatchTally tally, int maxKeptRows, CancellationToken cancellationToken)
    {
        var kept = new List<ValidatedRow>();
        var complete = true;
        try
        {
            await using var copy = await BinaryCopyWriter.BeginAsync(connection, CopyCommand(table), cancellationToken);
            var writer = new RowWriter(table, batch);
            while (rows.MoveNext())
            {
                if (!tally.Take(rows.Current)) continue;
                kept.Add(rows.Current);
                await writer.WriteAsync(copy, rows.Current, cancellationToken);
                if (kept.Count < maxKeptRows) continue;
                complete = false;
                break;
            }
            // Completed even when the attempt stops early: the savepoint's rollback undoes what it wrote, and a
            // completed COPY leaves the connection in a known state (a cancelled one answers with an error to read).
            await copy.CompleteAsync(cancellationToken);
        }
        catch (PostgresException error) when (error.SqlState is PostgresErrorCodes.UniqueViolation)
        {
            // 23505: a key is already stored.
            complete = false;
        }
        if (!complete)
            await Statements.ExecuteAsync(connection, new NpgsqlBatchCommand($"ROLLBACK TO SAVEPOINT {SavepointName}"), cancellationToken);
        return new Attempt(kept, complete);
    }

    /// <summary>
    /// After a successful attempt: the savepoint's release and the upkeep of the aggregates the inserted rows feed, for
    /// the caller to send in one round trip with the batch's counts. Every row kept is a record inserted, and its first
    /// upload is this batch's.
    /// </summary>
    public static IEnumerable<NpgsqlBatchCommand> Finish(BatchIdentity batch, TableDefinition table, List<ValidatedRow> inserted)
    {
        yield return new NpgsqlBatchCommand($"RELEASE SAVEPOINT {SavepointName}");
        var facts = new NpgsqlBatchCommand(RecordFacts.FromArrays(table));
        facts.Parameters.Add(new() { Value = batch.Institution, NpgsqlDbType = NpgsqlDbType.Text });
        facts.Parameters.Add(new() { Value = batch.UploadedAt.UtcDateTime, NpgsqlDbType = NpgsqlDbType.TimestampTz });
        facts.Parameters.Add(EventTimes(table, inserted));
        facts.Parameters.Add(new() { Value = batch.BatchId, NpgsqlDbType = NpgsqlDbType.Text });
        yield return facts;
        if (RecordFacts.KeepsPersons(table) && inserted.Count > 0)
        {
            var personIndex = table.IndexOf(table.PersonKey);
            yield return StagedMerge.RecountPersons(batch.Institution, table, inserted.Select(row => AsText(row.Values[personIndex])).ToArray());
        }
    }

    public static string CopyCommand(TableDefinition table) =>
        $"COPY {SqlNames.DataTable(table)} ({string.Join(", ", StagingTable.Columns(table).Select(SqlNames.Quote))}) FROM STDIN (FORMAT BINARY)";

    private static NpgsqlParameter EventTimes(TableDefinition table, List<ValidatedRow> rows)
    {
        var index = table.EventTimeIndex;
        return table.Column(table.EventTime).Type.Kind == ColumnKind.Date
            ? new NpgsqlParameter { Value = rows.Select(row => (DateOnly)row.Values[index]!).ToArray(), NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Date }
            : new NpgsqlParameter { Value = rows.Select(row => (DateTime)row.Values[index]!).ToArray(), NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Timestamp };
    }

    /// <summary>A person key as PostgreSQL's ::text prints it (strings as they are, integers in invariant digits).</summary>
    private static string? AsText(object? value) => value switch
    {
        null => null,
        string text => text,
        long number => number.ToString(CultureInfo.InvariantCulture),
        _ => throw new InvalidOperationException($"person key of type {value.GetType().Name} cannot take the direct path"),
    };
}
