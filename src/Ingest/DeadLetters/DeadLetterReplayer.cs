using HealthExchange.Ingest.Loading;
using HealthExchange.Ingest.Processing;
using HealthExchange.Ingest.Settling;
using Npgsql;

namespace HealthExchange.Ingest.DeadLetters;

/// <summary>
/// `hx dlq replay`: feeds stored dead letters back through the same settle step as live records, once their cause is
/// fixed (an institution registered, a catalogue table added, a platform bug repaired). The dead letter's ledger row is
/// first given back (it then counts as nothing and frees its batch id), so the replay's own outcome is the one counted:
/// loaded, a duplicate, or a dead letter again (the same stored row, one more attempt). The sender gets a new receipt.
/// </summary>
public sealed class DeadLetterReplayer(NpgsqlDataSource dataSource, RecordSettler settler)
{
    /// <param name="progress">Told (done, total) after each dead letter, for the CLI's progress line.</param>
    public async Task<IReadOnlyList<(StoredDeadLetter DeadLetter, BatchResult Result)>> ReplayAsync(DeadLetterFilter filter, CancellationToken cancellationToken,
        Action<int, int>? progress = null)
    {
        var results = new List<(StoredDeadLetter, BatchResult)>();
        var pendings = await DeadLetterQuery.ListAsync(dataSource, filter with { IncludeReplayed = false }, cancellationToken);
        var done = 0;
        foreach (var pending in pendings)
        {
            if (await ReplayOneAsync(pending, cancellationToken) is { } result) results.Add((pending, result));
            done++;
            progress?.Invoke(done, pendings.Count);
        }
        return results;
    }

    private async Task<BatchResult?> ReplayOneAsync(StoredDeadLetter pending, CancellationToken cancellationToken)
    {
        if (await DeadLetterQuery.LoadAsync(dataSource, pending.Id, cancellationToken) is not { } stored) return null;
        await using (var connection = await dataSource.OpenConnectionAsync(cancellationToken))
            await BatchLedger.ReleaseDeadLetterAsync(connection, pending.Institution, pending.BatchId, cancellationToken);
        var result = await settler.SettleAndConfirmAsync(stored.Record, cancellationToken);
        if (result.Status != BatchStatus.DeadLetter) await MarkReplayedAsync(pending.Id, result.Status, cancellationToken);
        return result;
    }

    private async Task MarkReplayedAsync(long id, BatchStatus status, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand("UPDATE hx.dead_letters SET replayed_at = now(), replay_status = $2 WHERE id = $1");
        command.Parameters.Add(new() { Value = id });
        command.Parameters.Add(new() { Value = status == BatchStatus.Duplicate ? "duplicate" : "loaded" });
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
