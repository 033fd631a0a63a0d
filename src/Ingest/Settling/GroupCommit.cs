using HealthExchange.Ingest.Envelope;
using HealthExchange.Ingest.Kafka;
using HealthExchange.Ingest.Loading;
using HealthExchange.Ingest.Processing;
using Npgsql;

namespace HealthExchange.Ingest.Settling;

/// <summary>
/// Group commit of table batches for the consumer: while records are waiting in its queue, up to
/// <paramref name="maxBatches"/> of them are decided in one <see cref="LoadGroup"/> and committed together, and only
/// then answered, in the order they were consumed — so a backlog of small batches pays one commit for several, and a
/// receipt still never promises what is not durable. When no record is waiting the group is committed at once
/// (<see cref="SettleAsync"/> with flush), so a lone batch waits for nobody.
/// </summary>
/// <remarks>
/// Nothing is lost or counted twice on any failure: a batch that fails alone (a rejected or dead-lettered record) rolls
/// back to its own savepoint and the others stay; a dead letter first commits and answers the group before it is stored
/// on its own. When the group itself fails (PostgreSQL lost, a commit refused), it is rolled back and each of its records
/// is settled again alone, through the same steps as an ungrouped record — a record whose load did commit is then
/// answered as the duplicate it is, with the counts of its first load. The caller retries under its outage patience
/// until <see cref="SettleAsync"/> returns; what it can throw is only what settling a record alone throws.
/// </remarks>
public sealed class GroupCommit(RecordSettler settler, NpgsqlDataSource dataSource, int maxBatches)
{
    /// <summary>
    /// A group keeps its records until they are answered (to settle them again alone if it fails): records larger than
    /// this are settled alone, and a group holding this much is committed, so memory stays bounded by a few batches.
    /// </summary>
    public const int MaxRecordBytes = 4 * 1024 * 1024;
    public const int MaxGroupBytes = 16 * 1024 * 1024;

    private readonly Queue<ReceivedRecord> _incoming = new();
    private readonly Queue<ReceivedRecord> _alone = new();
    private readonly List<(ReceivedRecord Record, BatchResult Result)> _decided = [];
    private readonly List<(ReceivedRecord Record, FeedbackDelivery Delivery)> _answered = [];
    private LoadGroup? _group;
    private long _commits, _grouped;

    /// <summary>Records taken and not yet answered.</summary>
    public int Waiting => _incoming.Count + _alone.Count + _decided.Count;

    /// <summary>Groups committed and batches answered from them (for the benchmark and /metrics).</summary>
    public (long Commits, long Batches) Counts => (Interlocked.Read(ref _commits), Interlocked.Read(ref _grouped));

    /// <summary>The oldest record taken and not answered (the one an outage's log lines name).</summary>
    public ReceivedRecord? Oldest =>
        _alone.Count > 0 ? _alone.Peek() : _decided.Count > 0 ? _decided[0].Record : _incoming.Count > 0 ? _incoming.Peek() : null;

    /// <summary>
    /// Takes a record; it is read ahead (<see cref="RecordSettler.ReadAhead"/>) and decided on the next call that finds a
    /// newer one behind it, or on a flush, so that its rows are checked while the record before it is in PostgreSQL.
    /// </summary>
    public void Add(ReceivedRecord record)
    {
        _incoming.Enqueue(record);
        settler.ReadAhead(record);
    }

    /// <summary>
    /// Decides the records taken, in the group (all of them when <paramref name="flush"/>, else all but the newest, which
    /// is being read ahead); commits it when <paramref name="flush"/> or when full. Throws what the caller must wait out
    /// (the records stay, to be settled when it calls again).
    /// </summary>
    public async Task SettleAsync(bool flush, CancellationToken cancellationToken)
    {
        do
        {
            await DecideAllAsync(holdNewest: !flush, cancellationToken);
        }
        // A failed commit leaves its records to be settled alone: go round again.
        while (flush && !await CommitAsync(cancellationToken));
    }

    /// <param name="holdNewest">The newest record taken stays undecided, until a newer one is taken or the group is flushed.</param>
    private async Task DecideAllAsync(bool holdNewest, CancellationToken cancellationToken)
    {
        while (true)
        {
            // After a failed group: its records alone, in order, before anything newer — through the very steps of an
            // ungrouped record, so what may be thrown from here is what the consumer already waits out.
            while (_alone.TryPeek(out var lone))
            {
                var (_, delivery) = await settler.SettleAsync(lone, cancellationToken);
                _answered.Add((lone, delivery));
                _alone.Dequeue();
            }
            // A record leaves the incoming queue only once it is decided and its group is sound: a failure until then
            // leaves it in order among the records to settle alone.
            if (!_incoming.TryPeek(out var record)) return;
            if (holdNewest && _incoming.Count == 1) return;
            if (await DecideInGroupAsync(record, cancellationToken) is not { } result) continue;
            if (result is DeadLetteredBatch)
            {
                // Stored on a connection of its own: the group is committed and answered first, so none of its locks is held.
                if (!await CommitAsync(cancellationToken)) continue;
                _incoming.Dequeue();
                await AnswerAloneAsync(record, result, cancellationToken);
                continue;
            }
            _incoming.Dequeue();
            _decided.Add((record, result));
            if (_decided.Count >= maxBatches || _decided.Sum(decided => (long)decided.Record.Value.Length) >= MaxGroupBytes)
                await CommitAsync(cancellationToken);
        }
    }

    private async Task AnswerAloneAsync(ReceivedRecord record, BatchResult result, CancellationToken cancellationToken)
    {
        try
        {
            _answered.Add((record, await settler.AnswerAsync(record, result, cancellationToken)));
        }
        catch
        {
            // Nothing of it was written: settled again alone on the next call.
            _alone.Enqueue(record);
            throw;
        }
    }

    /// <summary>The records now answered, in the order they were taken, for the caller to track until acknowledged.</summary>
    public IReadOnlyList<(ReceivedRecord Record, FeedbackDelivery Delivery)> TakeAnswered()
    {
        var answered = _answered.ToList();
        _answered.Clear();
        return answered;
    }

    /// <summary>
    /// The record decided in the group; null when the group failed (it is then abandoned, and this record with the others
    /// is settled alone). A dead letter decided on a broken connection is such a failure too: it says nothing of the record.
    /// </summary>
    private async Task<BatchResult?> DecideInGroupAsync(ReceivedRecord record, CancellationToken cancellationToken)
    {
        BatchResult result;
        try
        {
            _group ??= await LoadGroup.BeginAsync(dataSource, cancellationToken);
            LoadGroup.Current = _group;
            result = await settler.DecideAsync(record, cancellationToken);
        }
        catch (Exception) when (!cancellationToken.IsCancellationRequested)
        {
            await AbandonAsync();
            return null;
        }
        finally
        {
            LoadGroup.Current = null;
        }
        if (result is DeadLetteredBatch && !_group.Usable)
        {
            await AbandonAsync();
            return null;
        }
        return result;
    }

    /// <summary>
    /// Commits the group and answers its batches in order; the connection goes back to the pool until the next group.
    /// False when the commit failed: the group is abandoned, its records to be settled alone.
    /// </summary>
    private async Task<bool> CommitAsync(CancellationToken cancellationToken)
    {
        if (_group is not null)
        {
            try
            {
                await _group.CommitSoFarAsync(cancellationToken);
            }
            catch (Exception) when (!cancellationToken.IsCancellationRequested)
            {
                // Committed or not (a connection lost during COMMIT cannot tell): settled alone, a committed batch is a duplicate.
                await AbandonAsync();
                return false;
            }
            await _group.DisposeAsync();
            _group = null;
            if (_decided.Count > 0) Interlocked.Increment(ref _commits);
        }
        // Removed one by one as answered: if sending throws, the rest is answered on the next call (or, should the next
        // group fail, settled again alone as the duplicates they now are).
        while (_decided.Count > 0)
        {
            var (record, result) = _decided[0];
            _answered.Add((record, await settler.AnswerAsync(record, result, cancellationToken)));
            _decided.RemoveAt(0);
            Interlocked.Increment(ref _grouped);
        }
        return true;
    }

    /// <summary>
    /// Rolls the group back; its records and those not yet decided are settled alone, in order, on the next call. At
    /// shutdown, what is rolled back here is redelivered to whoever owns its partition next.
    /// </summary>
    public async Task AbandonAsync()
    {
        if (_group is not null)
        {
            try { await _group.DisposeAsync(); }
            catch (Exception error) when (error is NpgsqlException or ObjectDisposedException or InvalidOperationException)
            {
                // A broken connection has rolled back already.
            }
            _group = null;
        }
        foreach (var (record, _) in _decided) _alone.Enqueue(record);
        _decided.Clear();
        while (_incoming.TryDequeue(out var record)) _alone.Enqueue(record);
    }
}
