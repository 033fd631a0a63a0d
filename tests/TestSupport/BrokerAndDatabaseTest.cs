using Xunit;

namespace HealthExchange.TestSupport;

/// <summary>
/// Base of the tests that need both real services: a throwaway database and an in-process broker per test,
/// created before it and removed after it (GUIDE example 11: each test with its own topics and schema).
/// </summary>
public abstract class BrokerAndDatabaseTest : IAsyncLifetime
{
    protected TestDatabase Database { get; private set; } = null!;
    protected TestBroker Broker { get; private set; } = null!;

    public virtual async Task InitializeAsync()
    {
        Database = await TestDatabase.CreateAsync();
        Broker = new TestBroker();
    }

    public virtual async Task DisposeAsync()
    {
        Broker.Dispose();
        await Database.DisposeAsync();
    }
}
