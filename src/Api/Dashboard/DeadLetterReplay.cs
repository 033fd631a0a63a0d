using HealthExchange.Ingest.DeadLetters;

namespace HealthExchange.Api.Dashboard;

/// <summary>
/// The dashboard's handle on `hx dlq replay`'s <see cref="DeadLetterReplayer"/>, absent (null) when no pipeline runs in
/// this process: a replay publishes the sender's new receipt on hx.receipts, and `hx serve` has no Kafka producer. The
/// page then offers the command to run instead of a button that could only pretend.
/// </summary>
internal sealed record DeadLetterReplay(DeadLetterReplayer? Replayer)
{
    public bool Available => Replayer is not null;
}
