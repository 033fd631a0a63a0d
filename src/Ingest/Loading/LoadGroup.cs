using Npgsql;

namespace HealthExchange.Ingest.Loading;

/// <summary>
/// One transaction shared by several table batches (group commit): while a backlog lasts, the consumer loads a few
/// batches one after the other on one connection and commits them together, so that small batches do not each pay a
/// commit (a WAL flush) and a connection of their own. Each batch runs under its own savepoint
/// (<see cref="BatchLoader"/>), so a batch that fails rolls back alone and leaves the others' work in place.
/// Ambient like a TransactionScope: the settler sets <see cref="Current"/> around a record's processing, and the loader
/// takes it from there; code that writes outside the loader calls <see cref="CommitSoFarAsync"/> first, so that it never
/// waits on a lock the group itself holds.
/// </summary>
public sealed class LoadGroup : IAsyncDisposable
{
    private static readonly AsyncLocal<LoadGroup?> Ambient = new();
    private readonly NpgsqlConnection _connection;
    private NpgsqlTransaction _transaction;

    private LoadGroup(NpgsqlConnection connection, NpgsqlTransaction transaction)
    {
        _connection = connection;
        _transaction = transaction;
    }

    /// <summary>The group the current record is loaded in, if any.</summary>
    public static LoadGroup? Current
    {
        get => Ambient.Value;
        set => Ambient.Value = value;
    }

    internal NpgsqlConnection Connection => _connection;

    /// <summary>False once the connection is broken: nothing decided on it since says anything of a record.</summary>
    public bool Usable => _connection.FullState == System.Data.ConnectionState.Open;

    public static async Task<LoadGroup> BeginAsync(NpgsqlDataSource dataSource, CancellationToken cancellationToken)
    {
        var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        try
        {
            return new LoadGroup(connection, await connection.BeginTransactionAsync(cancellationToken));
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    /// <summary>
    /// Makes what the group loaded so far durable and goes on in a new transaction on the same connection. Always a
    /// commit, even when every batch so far was a duplicate: their claims took the (institution, table) locks too, and a
    /// retraction on another connection must not wait for them. (A transaction that wrote nothing commits without a WAL flush.)
    /// </summary>
    public async Task CommitSoFarAsync(CancellationToken cancellationToken)
    {
        await _transaction.CommitAsync(cancellationToken);
        await _transaction.DisposeAsync();
        _transaction = await _connection.BeginTransactionAsync(cancellationToken);
    }

    /// <summary>Rolls back whatever is not committed yet (a dispose without <see cref="CommitSoFarAsync"/>), and returns the connection.</summary>
    public async ValueTask DisposeAsync()
    {
        try
        {
            await _transaction.DisposeAsync();
        }
        finally
        {
            await _connection.DisposeAsync();
        }
    }
}
