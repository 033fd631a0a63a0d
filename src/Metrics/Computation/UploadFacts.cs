namespace HealthExchange.Metrics.Computation;

/// <summary>An institution's uploads in a period, from the upload aggregates, with the rows received per table code.</summary>
internal sealed record UploadFacts(long Received, long Inserted, int Days, int Tables, long DeadLetters)
{
    public static readonly UploadFacts None = new(0, 0, 0, 0, 0);

    public IReadOnlyDictionary<string, long> ReceivedByTable { get; init; } = new Dictionary<string, long>();
}
