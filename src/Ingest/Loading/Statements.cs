using Npgsql;

namespace HealthExchange.Ingest.Loading;

/// <summary>
/// Statements sent together in one round trip (an <see cref="NpgsqlBatch"/>). A load's steps that need no answer from
/// each other travel together: on a busy machine each round trip to PostgreSQL costs two thread wake-ups, and a batch
/// of 500 rows paid ten of them (docs: tests/Benchmarks/README.md). PostgreSQL runs them in order, in the caller's
/// transaction, and stops at the first error, which is then thrown here.
/// </summary>
internal static class Statements
{
    /// <summary>Runs the statements in order; yields the rows the last one affected or returned.</summary>
    public static async Task<int> ExecuteAsync(NpgsqlConnection connection, NpgsqlBatchCommand statement, CancellationToken cancellationToken) =>
        (await ExecuteAsync(connection, [statement], cancellationToken))[^1];

    /// <summary>Runs the statements in order in one round trip; yields the rows each one affected or returned.</summary>
    public static async Task<int[]> ExecuteAsync(NpgsqlConnection connection, IReadOnlyList<NpgsqlBatchCommand> statements, CancellationToken cancellationToken)
    {
        await using var batch = new NpgsqlBatch(connection);
        foreach (var statement in statements) batch.BatchCommands.Add(statement);
        await batch.ExecuteNonQueryAsync(cancellationToken);
        return statements.Select(statement => checked((int)statement.RecordsAffected)).ToArray();
    }
}
