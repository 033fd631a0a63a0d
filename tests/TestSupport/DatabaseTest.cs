using Xunit;

namespace HealthExchange.TestSupport;

/// <summary>Base of the tests that need the real PostgreSQL but no broker: a throwaway database per test.</summary>
public abstract class DatabaseTest : IAsyncLifetime
{
    protected TestDatabase Database { get; private set; } = null!;

    public virtual async Task InitializeAsync() => Database = await TestDatabase.CreateAsync();

    public virtual async Task DisposeAsync() => await Database.DisposeAsync();
}
