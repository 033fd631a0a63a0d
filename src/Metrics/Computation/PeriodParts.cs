using HealthExchange.Metrics.Periods;
using Npgsql;

namespace HealthExchange.Metrics.Computation;

/// <summary>
/// A period cut into the whole months it covers (answered from the monthly roll-ups) and the days at its two
/// edges (answered from the daily aggregates): a year is twelve monthly rows per institution, not 365 daily ones.
/// </summary>
internal sealed record PeriodParts(DateOnly MonthsFrom, DateOnly MonthsTo, DateOnly LeadFrom, DateOnly LeadTo, DateOnly TrailFrom, DateOnly TrailTo)
{
    public static PeriodParts Of(ReportPeriod period)
    {
        var firstWhole = period.From.Day == 1 ? period.From : FirstOfMonth(period.From).AddMonths(1);
        var wholeEnd = FirstOfMonth(period.To);
        if (firstWhole >= wholeEnd) return new PeriodParts(firstWhole, firstWhole, period.From, period.To, period.To, period.To);
        return new PeriodParts(firstWhole, wholeEnd, period.From, firstWhole, wholeEnd, period.To);
    }

    public static DateOnly FirstOfMonth(DateOnly day) => new(day.Year, day.Month, 1);

    /// <summary>$1..$6 of the queries below, in this order.</summary>
    public void AddTo(NpgsqlCommand command)
    {
        foreach (var day in new[] { MonthsFrom, MonthsTo, LeadFrom, LeadTo, TrailFrom, TrailTo })
            command.Parameters.Add(new() { Value = day });
    }

    /// <summary>The edge condition on a daily table's day column.</summary>
    public static string Edges(string dayColumn) => $"(({dayColumn} >= $3 AND {dayColumn} < $4) OR ({dayColumn} >= $5 AND {dayColumn} < $6))";
}
