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
    private const string Savepoint = "hx_direct";

    /// <summary>The rows streamed so far and whether they are in the table (null: fall back and stage them).</summary>
    public sealed record Attempt(List<ValidatedRow> Kept, int? Inserted);

    /// <summary>Tables whose aggregates the fast path can keep exactly (every shipped table).</summary>
    public static bool Applies(TableDefinition table) => RecordFacts.PersonKeyAsText(table);

    public static async Task<Attempt> TryAsync(NpgsqlConnection connection, BatchIdentity batch, TableDefinition table,
        IEnumerator<ValidatedRow> rows, BatchTally tally, int maxKeptRows, CancellationToken cancellationToken)
    {
        var kept = new List<ValidatedRow>();
        await ExecuteAsync(connection, $"SAVEPOINT {Savepoint}", cancellationToken);
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
        {
            await ExecuteAsync(connection, $"ROLLBACK TO SAVEPOINT {Savepoint}", cancellationToken);
            return new Attempt(kept, null);
        }
        await ExecuteAsync(connection, $"RELEASE SAVEPOINT {Savepoint}", cancellationToken);
        return new Attempt(kept, await KeepAggregatesAsync(connection, batch, table, kept, cancellationToken));
    }

    public static string CopyCommand(TableDefinition table) =>
        $"COPY {SqlNames.DataTable(table)} ({string.Join(", ", StagingTable.Columns(table).Select(SqlNames.Quote))}) FROM STDIN (FORMAT BINARY)";

    private static async Task<int> KeepAggregatesAsync(NpgsqlConnection connection, BatchIdentity batch, TableDefinition table,
        List<ValidatedRow> inserted, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(RecordFacts.FromArrays(table), connection);
        command.Parameters.Add(new() { Value = batch.Institution, NpgsqlDbType = NpgsqlDbType.Text });
        command.Parameters.Add(new() { Value = batch.UploadedAt.UtcDateTime, NpgsqlDbType = NpgsqlDbType.TimestampTz });
        command.Parameters.Add(EventTimes(table, inserted));
        command.Parameters.Add(new() { Value = batch.BatchId, NpgsqlDbType = NpgsqlDbType.Text });
        var count = (int)(long)(await command.ExecuteScalarAsync(cancellationToken))!;
        if (RecordFacts.KeepsPersons(table))
        {
            var personIndex = table.IndexOf(table.PersonKey);
            await StagedMerge.RecountPersonsAsync(connection, batch.Institution, table, inserted.Select(row => AsText(row.Values[personIndex])).ToArray(), cancellationToken);
        }
        return count;
    }

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

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
