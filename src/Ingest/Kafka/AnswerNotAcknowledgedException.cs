namespace HealthExchange.Ingest.Kafka;

/// <summary>
/// The broker has not acknowledged a settled record's receipt or hx.dlq copy in time: a transient failure (a
/// <see cref="TimeoutException"/>), waited out like a database outage. Its name is what log event 1006 shows an operator.
/// </summary>
public sealed class AnswerNotAcknowledgedException(string position, TimeSpan waited)
    : TimeoutException($"the broker has not acknowledged the answer to {position} within {waited.TotalSeconds:F0} s");
