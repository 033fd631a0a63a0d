using Confluent.Kafka;
using Npgsql;

namespace HealthExchange.Ingest.Settling;

/// <summary>Whether a failure may pass if the same record is tried again — decided on the exception's own classification, never its message.</summary>
internal static class Transience
{
    public static bool IsTransient(Exception error) => error switch
    {
        NpgsqlException npgsql => npgsql.IsTransient,
        ProduceException<string?, byte[]> produce => !produce.Error.IsFatal && produce.Error.Code != ErrorCode.MsgSizeTooLarge,
        KafkaException kafka => !kafka.Error.IsFatal,
        TimeoutException => true,
        _ => false,
    };
}
