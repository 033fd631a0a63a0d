using Confluent.Kafka;
using HealthExchange.Ingest.Kafka;
using HealthExchange.TestSupport;
using Xunit;

namespace HealthExchange.Ingest.Tests;

/// <summary>
/// The client and the mock cluster run on librdkafka.redist's 2.16.0 file beside the binaries, whatever the
/// machine has installed: a system librdkafka (Debian's 2.0.2) mapped into the process would make 2.x fail.
/// </summary>
public sealed class KafkaNativeLibraryTests
{
    [Fact]
    public async Task Client_and_mock_cluster_use_the_redist_library_and_no_system_copy()
    {
        using var broker = new TestBroker(partitions: 1);
        var delivered = await broker.Producer.ProduceAsync(broker.Options.ReceiptsTopic, new Message<string?, byte[]> { Key = "k", Value = [1] });
        Assert.Equal(PersistenceStatus.Persisted, delivered.Status);

        Assert.StartsWith("2.16.0", Library.VersionString, StringComparison.Ordinal);
        var redist = Path.Combine(AppContext.BaseDirectory, "runtimes");
        Assert.StartsWith(redist, KafkaNativeLibrary.LoadedPath, StringComparison.Ordinal);
        var mapped = File.ReadLines("/proc/self/maps").Where(line => line.Contains("rdkafka", StringComparison.Ordinal))
            .Select(line => line[line.IndexOf('/', StringComparison.Ordinal)..]).Distinct().ToList();
        Assert.Equal([KafkaNativeLibrary.LoadedPath!], mapped);
    }
}
