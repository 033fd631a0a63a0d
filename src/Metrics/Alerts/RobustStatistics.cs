namespace HealthExchange.Metrics.Alerts;

/// <summary>
/// The median and the modified z-score of Iglewicz and Hoaglin, as DHIS2's outlier detection uses them:
/// z = 0.6745 (x − median) / MAD, MAD the median absolute deviation. Robust where the mean and standard
/// deviation are not: one huge catch-up batch in the history does not hide the next one.
/// </summary>
internal static class RobustStatistics
{
    /// <summary>0.6745 is the 0.75 quantile of the standard normal: it makes MAD comparable with a standard deviation.</summary>
    private const double Consistency = 0.6745;

    public static double Median(IReadOnlyCollection<double> values)
    {
        if (values.Count == 0) throw new ArgumentException("the median of no values is undefined", nameof(values));
        var sorted = values.Order().ToArray();
        var middle = sorted.Length / 2;
        return sorted.Length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }

    /// <summary>The modified z-score of <paramref name="value"/> against <paramref name="history"/>; null when MAD is 0 (undefined).</summary>
    public static (double Score, double Median)? ModifiedZScore(double value, IReadOnlyCollection<double> history)
    {
        var median = Median(history);
        var mad = Median(history.Select(x => Math.Abs(x - median)).ToArray());
        return mad == 0 ? null : (Consistency * (value - median) / mad, median);
    }
}
