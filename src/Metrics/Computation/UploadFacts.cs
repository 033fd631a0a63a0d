namespace HealthExchange.Metrics.Computation;

/// <summary>An institution's receipts in a period, summed from hx.batches.</summary>
internal sealed record UploadFacts(long Received, long Inserted, int Days, int Tables, long DeadLetters)
{
    public static readonly UploadFacts None = new(0, 0, 0, 0, 0);
}
