using HealthExchange.Ingest.Envelope;
using HealthExchange.Ingest.Loading;
using HealthExchange.Ingest.Processing;
using HealthExchange.Ingest.Settling;
using HealthExchange.Validation.Issues;
using HealthExchange.TestSupport;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;
using Xunit;

namespace HealthExchange.Ingest.Tests;

/// <summary>
/// A transaction PostgreSQL aborts because it conflicted with another is tried again at once by the settle step's
/// decorator, and applied exactly once; an outage, or a conflict that persists, is left to the consumer.
/// </summary>
public sealed class ConflictRetryTests : DatabaseTest
{
    private static readonly ReceivedRecord Record = new("hx.tables", 0, 7, null, [], [], 0, true);

    [Fact]
    public async Task Two_records_that_deadlock_in_real_PostgreSQL_are_both_applied_once()
    {
        await Database.ScalarAsync("CREATE TABLE hx.counters (id int PRIMARY KEY, v int NOT NULL); INSERT INTO hx.counters VALUES (1, 0), (2, 0); SELECT 0");
        var bothHoldTheirFirstLock = new Barrier(2);
        var first = new CrossingProcessor(Database.DataSource, 1, 2, bothHoldTheirFirstLock);
        var second = new CrossingProcessor(Database.DataSource, 2, 1, bothHoldTheirFirstLock);

        await Task.WhenAll(
            Task.Run(() => new ConflictRetry(first, NullLogger.Instance).ProcessAsync(Record, CancellationToken.None)),
            Task.Run(() => new ConflictRetry(second, NullLogger.Instance).ProcessAsync(Record, CancellationToken.None)));

        // PostgreSQL chose one victim (40P01); it was tried again and each record's two updates were applied once.
        Assert.Equal(3, first.Attempts + second.Attempts);
        Assert.Equal(4, await Database.ScalarAsync("SELECT sum(v) FROM hx.counters"));
    }

    [Fact]
    public async Task An_outage_passes_through_at_once_and_a_conflict_that_persists_passes_through_in_the_end()
    {
        var outage = new FailingProcessor(PostgresErrorCodes.TooManyConnections);
        var error = await Assert.ThrowsAsync<PostgresException>(() => new ConflictRetry(outage, NullLogger.Instance).ProcessAsync(Record, CancellationToken.None));
        Assert.True(error.IsTransient);
        Assert.Equal(1, outage.Attempts);

        var conflict = new FailingProcessor(PostgresErrorCodes.SerializationFailure);
        await Assert.ThrowsAsync<PostgresException>(() => new ConflictRetry(conflict, NullLogger.Instance, attempts: 3).ProcessAsync(Record, CancellationToken.None));
        Assert.Equal(3, conflict.Attempts);
    }

    private static DuplicateBatch Done() => new(new BatchIdentity("H1", "b", DateTimeOffset.UnixEpoch), null, new LoadOutcome(true, 0, 0, 0, 0, 0, 0));

    /// <summary>Updates two rows in the given order in one transaction, meeting the other processor between the two on its first attempt.</summary>
    private sealed class CrossingProcessor(NpgsqlDataSource dataSource, int firstRow, int secondRow, Barrier meeting) : IRecordProcessor
    {
        public int Attempts { get; private set; }

        public DeadLetteredBatch PlatformFailure(ReceivedRecord record, ValidationIssue issue) => throw new InvalidOperationException("not expected");

        public async Task<BatchResult> ProcessAsync(ReceivedRecord record, CancellationToken cancellationToken)
        {
            Attempts++;
            await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
            await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
            await Bump(connection, firstRow, cancellationToken);
            if (Attempts == 1) meeting.SignalAndWait(cancellationToken);
            await Bump(connection, secondRow, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return Done();
        }

        private static async Task Bump(NpgsqlConnection connection, int row, CancellationToken cancellationToken)
        {
            await using var command = new NpgsqlCommand("UPDATE hx.counters SET v = v + 1 WHERE id = $1", connection);
            command.Parameters.Add(new() { Value = row });
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    private sealed class FailingProcessor(string sqlState) : IRecordProcessor
    {
        public int Attempts { get; private set; }

        public DeadLetteredBatch PlatformFailure(ReceivedRecord record, ValidationIssue issue) => throw new InvalidOperationException("not expected");

        public Task<BatchResult> ProcessAsync(ReceivedRecord record, CancellationToken cancellationToken)
        {
            Attempts++;
            throw new PostgresException("refused", "ERROR", "ERROR", sqlState);
        }
    }
}
