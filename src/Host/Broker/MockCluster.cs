using System.Runtime.InteropServices;
using System.Text;
using HealthExchange.Ingest.Kafka;

namespace HealthExchange.Host.Broker;

/// <summary>
/// librdkafka's built-in mock cluster, owned directly through its public C API (rdkafka_mock.h): the real
/// Kafka wire protocol on 127.0.0.1, in this process, for the embedded default and for tests. It is not a
/// durable broker (RAM only; it drops data beyond 5 MiB per partition), so nothing else in the code knows
/// about it: every client just gets a bootstrap address.
/// </summary>
internal sealed partial class MockCluster : IDisposable
{
    // Resolved by KafkaNativeLibrary to the same redist file Confluent.Kafka uses, never to a system librdkafka.
    private const string Library = "librdkafka";
    private IntPtr _handle;
    private IntPtr _cluster;

    public string BootstrapServers { get; }

    static MockCluster()
    {
        KafkaNativeLibrary.BindTo(typeof(MockCluster).Assembly);
        KafkaNativeLibrary.BindClient();
    }

    public MockCluster(int brokers = 1)
    {
        var conf = rd_kafka_conf_new();
        var error = new byte[512];
        // A quiet handle: the mock cluster needs a client instance to live in, nothing more.
        rd_kafka_conf_set(conf, "log_level", "3", error, (UIntPtr)error.Length);
        _handle = rd_kafka_new(0 /* producer */, conf, error, (UIntPtr)error.Length);
        if (_handle == IntPtr.Zero) throw new InvalidOperationException("librdkafka: " + Encoding.UTF8.GetString(error).TrimEnd('\0'));
        _cluster = rd_kafka_mock_cluster_new(_handle, brokers);
        if (_cluster == IntPtr.Zero) throw new InvalidOperationException("librdkafka could not start a mock cluster");
        BootstrapServers = Marshal.PtrToStringAnsi(rd_kafka_mock_cluster_bootstraps(_cluster))!;
    }

    /// <summary>Creates a topic with an explicit partition count (auto-created topics always get 4).</summary>
    public void CreateTopic(string topic, int partitions)
    {
        var result = rd_kafka_mock_topic_create(_cluster, topic, partitions, 1);
        if (result != 0) throw new InvalidOperationException($"mock topic '{topic}' not created: error {result}");
    }

    /// <summary>
    /// Takes a broker off the network (connections closed, new ones refused) or brings it back, so tests can show what
    /// clients do while a broker is unreachable; its data stays. Brokers are numbered from 1.
    /// </summary>
    public void SetBrokerReachable(int brokerId, bool reachable)
    {
        var result = reachable ? rd_kafka_mock_broker_set_up(_cluster, brokerId) : rd_kafka_mock_broker_set_down(_cluster, brokerId);
        if (result != 0) throw new InvalidOperationException($"mock broker {brokerId} not {(reachable ? "up" : "down")}: error {result}");
    }

    /// <summary>Delays every response of a broker by this much, as a network and a replicated acks=all write would.</summary>
    public void SetRoundTrip(int brokerId, TimeSpan delay)
    {
        var result = rd_kafka_mock_broker_set_rtt(_cluster, brokerId, (int)delay.TotalMilliseconds);
        if (result != 0) throw new InvalidOperationException($"mock broker {brokerId}: round trip not set: error {result}");
    }

    public void Dispose()
    {
        if (_cluster != IntPtr.Zero) { rd_kafka_mock_cluster_destroy(_cluster); _cluster = IntPtr.Zero; }
        if (_handle != IntPtr.Zero) { rd_kafka_destroy(_handle); _handle = IntPtr.Zero; }
    }

    [LibraryImport(Library)] private static partial IntPtr rd_kafka_conf_new();
    [LibraryImport(Library, StringMarshalling = StringMarshalling.Utf8)]
    private static partial int rd_kafka_conf_set(IntPtr conf, string name, string value, byte[] errstr, UIntPtr errstrSize);
    [LibraryImport(Library)] private static partial IntPtr rd_kafka_new(int type, IntPtr conf, byte[] errstr, UIntPtr errstrSize);
    [LibraryImport(Library)] private static partial void rd_kafka_destroy(IntPtr rk);
    [LibraryImport(Library)] private static partial IntPtr rd_kafka_mock_cluster_new(IntPtr rk, int brokers);
    [LibraryImport(Library)] private static partial IntPtr rd_kafka_mock_cluster_bootstraps(IntPtr cluster);
    [LibraryImport(Library, StringMarshalling = StringMarshalling.Utf8)]
    private static partial int rd_kafka_mock_topic_create(IntPtr cluster, string topic, int partitions, int replicationFactor);
    [LibraryImport(Library)] private static partial void rd_kafka_mock_cluster_destroy(IntPtr cluster);
    [LibraryImport(Library)] private static partial int rd_kafka_mock_broker_set_down(IntPtr cluster, int brokerId);
    [LibraryImport(Library)] private static partial int rd_kafka_mock_broker_set_up(IntPtr cluster, int brokerId);
    [LibraryImport(Library)] private static partial int rd_kafka_mock_broker_set_rtt(IntPtr cluster, int brokerId, int rttMs);
}
