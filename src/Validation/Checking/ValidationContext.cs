namespace HealthExchange.Validation.Checking;

/// <summary>
/// What a check needs beyond the row: when the batch was uploaded (its Kafka timestamp, never the wall
/// clock of the validating machine), expressed as a Shanghai wall-clock time like the event times.
/// </summary>
public sealed record ValidationContext(DateTime UploadedAtLocal)
{
    /// <summary>Senders' clocks drift: an event up to this much after the upload time is not "in the future".</summary>
    public static readonly TimeSpan ClockSkew = TimeSpan.FromMinutes(10);

    public static readonly DateTime Earliest = new(1900, 1, 1);

    public static ValidationContext At(DateTimeOffset uploadedAt) =>
        new(PlatformTime.ToLocal(uploadedAt));
}
