using HealthExchange.Ingest.Kafka;

namespace HealthExchange.Host.Broker;

/// <summary>
/// The contract's topics on an embedded broker, with enough partitions that no partition's unconsumed data
/// nears the mock cluster's silent 5 MiB cap while producers are paced.
/// </summary>
internal static class EmbeddedTopics
{
    public static void Create(MockCluster cluster, KafkaOptions options, int partitions)
    {
        cluster.CreateTopic(options.TablesTopic, partitions);
        cluster.CreateTopic(options.CdaTopic, partitions);
        cluster.CreateTopic(options.ReceiptsTopic, partitions);
        cluster.CreateTopic(options.DeadLetterTopic, 1);
    }
}
