using HealthExchange.Validation.Checking;

namespace HealthExchange.Host.Scheduling;

/// <summary>Which calendar day and month a job fire belongs to, in Asia/Shanghai.</summary>
internal static class ClosingDays
{
    public static DateOnly Today(TimeProvider time) => DateOnly.FromDateTime(PlatformTime.ToLocal(time.GetUtcNow()));

    public static DateOnly FirstOfMonth(DateOnly day) => new(day.Year, day.Month, 1);
}
