using HealthExchange.Validation.Catalogues;
using Npgsql;
using NpgsqlTypes;

namespace HealthExchange.Ingest.Loading;

/// <summary>
/// What a merge did: rows that became new records, stored records replaced with other values, versions older than the
/// stored ones with other values (kept in the record's history only), and the change of this batch's 入库数据量 — the
/// records whose first upload it holds. The last equals Inserted unless versions arrived out of order: a batch older
/// than the stored version can take over a record's first upload (and the batch that held it loses it).
/// </summary>
internal readonly record struct MergeCounts(int Inserted, int Updated, int Stale, int FirstUploads)
{
    public static MergeCounts operator +(MergeCounts a, MergeCounts b) =>
        new(a.Inserted + b.Inserted, a.Updated + b.Updated, a.Stale + b.Stale, a.FirstUploads + b.FirstUploads);
}

/// <summary>
/// The idempotent move from the staging table into a data table, shared by table batches, CDA documents and reprocessing:
/// tombstones of retracted keys, then versions of stored records, then new records, then the persons they touch.
/// </summary>
internal static class StagedMerge
{
    /// <remarks>
    /// Loads of the same institution and table are serialised for the rest of the transaction: two batches (a table
    /// batch and a CDA document, say) bringing the same new key at once would otherwise both miss it in the correction
    /// step, and the second INSERT's conflict would drop its row as "unchanged" even when its content differs. Loads of
    /// other institutions or tables never wait. Several tables in one transaction are merged in code order (no deadlock).
    /// </remarks>
    /// <param name="tombstonesUnderLock">Whether the table has tombstones, when this transaction already holds the lock and
    /// probed for them (<see cref="BatchLoader"/> does with its claim); null: take the lock and probe here.</param>
    public static async Task<MergeCounts> MergeAsync(NpgsqlConnection connection, BatchIdentity batch, TableDefinition table, CancellationToken cancellationToken,
        bool? tombstonesUnderLock = null)
    {
        var stale = 0;
        if (tombstonesUnderLock ?? await SerialiseAndFindTombstonesAsync(connection, batch.Institution, table, cancellationToken))
            foreach (var statement in StagingTable.SettleTombstones(table))
                if (await ExecuteAsync(connection, statement, batch.BatchId, cancellationToken) is int staleByTombstone) stale += staleByTombstone;

        int updated, staleByRecord, firstUploads, inserted;
        string?[] persons;
        await using (var existing = Command(connection, StagingTable.MergeExisting(table), batch.BatchId))
        await using (var reader = await existing.ExecuteReaderAsync(cancellationToken))
        {
            await reader.ReadAsync(cancellationToken);
            (updated, staleByRecord, firstUploads) = (reader.GetInt32(0), reader.GetInt32(1), reader.GetInt32(2));
            persons = reader.IsDBNull(3) ? [] : reader.GetFieldValue<string?[]>(3);
        }
        await using (var insert = Command(connection, StagingTable.InsertNew(table), batch.BatchId))
        await using (var reader = await insert.ExecuteReaderAsync(cancellationToken))
        {
            await reader.ReadAsync(cancellationToken);
            inserted = reader.GetInt32(0);
            firstUploads += reader.GetInt32(1);
        }
        if (RecordFacts.KeepsPersons(table)) await RecountPersonsAsync(connection, batch.Institution, table, persons, cancellationToken);
        return new MergeCounts(inserted, updated, stale + staleByRecord, firstUploads);
    }

    /// <summary>Takes the (institution, table) lock for the rest of the transaction; taking it again is harmless.</summary>
    public static async Task SerialiseAsync(NpgsqlConnection connection, string institution, TableDefinition table, CancellationToken cancellationToken)
    {
        await using var serialise = new NpgsqlCommand("SELECT pg_advisory_xact_lock(hashtext($1), hashtext($2))", connection);
        serialise.Parameters.Add(new() { Value = table.Code });
        serialise.Parameters.Add(new() { Value = institution });
        await serialise.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>
    /// The (institution, table) lock and whether any key there was ever retracted, in one round trip: what the direct
    /// path needs before it may COPY and the merge before it settles tombstones (every batch pays this, so it is one statement).
    /// </summary>
    public static async Task<bool> SerialiseAndFindTombstonesAsync(NpgsqlConnection connection, string institution, TableDefinition table, CancellationToken cancellationToken)
    {
        await using var batch = new NpgsqlBatch(connection) { BatchCommands = { SerialiseAndFindTombstones(institution, table) } };
        return (bool)(await batch.ExecuteScalarAsync(cancellationToken))!;
    }

    /// <summary>The same as one statement of a batch sent with others; it yields one row, true when a tombstone exists.</summary>
    public static NpgsqlBatchCommand SerialiseAndFindTombstones(string institution, TableDefinition table)
    {
        // The lock is taken in FROM (a volatile call, evaluated before the row it yields), the probe after it. A WHERE
        // clause would not do: a condition on no FROM item is a one-time filter, checked before the lock is taken.
        var command = new NpgsqlBatchCommand($"SELECT ({StagingTable.AnyTombstone(table)}) FROM (SELECT pg_advisory_xact_lock(hashtext($2), hashtext($1))) AS locked");
        command.Parameters.Add(new() { Value = institution });
        command.Parameters.Add(new() { Value = table.Code });
        return command;
    }

    /// <summary>Recounts the given persons of a health-record table (<see cref="RecordFacts.RecountPersons"/>).</summary>
    public static async Task RecountPersonsAsync(NpgsqlConnection connection, string institution, TableDefinition table, IReadOnlyCollection<string?> persons, CancellationToken cancellationToken)
    {
        if (persons.Count == 0) return;
        await Statements.ExecuteAsync(connection, RecountPersons(institution, table, persons), cancellationToken);
    }

    /// <summary>The same as one statement of a batch sent with others.</summary>
    public static NpgsqlBatchCommand RecountPersons(string institution, TableDefinition table, IReadOnlyCollection<string?> persons)
    {
        var command = new NpgsqlBatchCommand(RecordFacts.RecountPersons(table));
        command.Parameters.Add(new() { Value = institution, NpgsqlDbType = NpgsqlDbType.Text });
        command.Parameters.Add(new() { Value = persons as string?[] ?? persons.ToArray(), NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Text });
        return command;
    }

    private static NpgsqlCommand Command(NpgsqlConnection connection, string sql, string batchId)
    {
        var command = new NpgsqlCommand(sql, connection);
        command.Parameters.Add(new() { Value = batchId, NpgsqlDbType = NpgsqlDbType.Text });
        return command;
    }

    private static async Task<object?> ExecuteAsync(NpgsqlConnection connection, string sql, string batchId, CancellationToken cancellationToken)
    {
        await using var command = Command(connection, sql, batchId);
        return await command.ExecuteScalarAsync(cancellationToken);
    }
}
