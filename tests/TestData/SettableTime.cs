namespace HealthExchange.TestData;

/// <summary>A clock the test sets (Microsoft.Extensions.TimeProvider.Testing is not on the package mirror).</summary>
public sealed class SettableTime(DateTimeOffset now) : TimeProvider
{
    public DateTimeOffset Now { get; set; } = now;

    public override DateTimeOffset GetUtcNow() => Now;
}
