using HealthExchange.Metrics.Alerts;
using Xunit;

namespace HealthExchange.Metrics.Tests;

/// <summary>The alert rules on synthetic series whose outliers, silences and drops are known by construction.</summary>
public class AlertRuleTests
{
    private static readonly AlertOptions Defaults = new();
    private static DateOnly D(int month, int day) => new(2022, month, day);

    private static HashSet<DateOnly> Days(DateOnly from, DateOnly through, int every = 1)
    {
        var days = new HashSet<DateOnly>();
        for (var day = from; day <= through; day = day.AddDays(every)) days.Add(day);
        return days;
    }

    [Fact]
    public void A_daily_uploader_silent_for_the_configured_days_is_reported_and_not_before()
    {
        var daily = Days(D(3, 1), D(4, 10));
        Assert.Null(SilenceRule.Evaluate("H", daily, D(4, 12), Defaults));          // 2 silent days
        var alert = SilenceRule.Evaluate("H", daily, D(4, 13), Defaults);            // 3 silent days
        Assert.Equal((AlertCodes.Silent, "H", "", D(4, 13), 3.0), (alert!.Code, alert.Institution, alert.Table, alert.Day, alert.Value));
        Assert.Contains("2022-04-10", alert.MessageZh, StringComparison.Ordinal);
        Assert.Contains("no upload for 3 days", alert.MessageEn, StringComparison.Ordinal);
        Assert.Null(SilenceRule.Evaluate("H", daily, D(4, 13), new AlertOptions { SilentDays = 5 }));
        Assert.Null(SilenceRule.Evaluate("H", daily, D(4, 10), Defaults));          // uploaded that day
    }

    [Fact]
    public void An_institution_that_never_uploaded_daily_or_never_at_all_is_not_silent()
    {
        Assert.Null(SilenceRule.Evaluate("W", Days(D(1, 3), D(4, 4), every: 7), D(4, 10), Defaults)); // weekly: 4 of 28 days
        Assert.Null(SilenceRule.Evaluate("N", new HashSet<DateOnly>(), D(4, 10), Defaults));
        // 22 of 28 days (78 %) is below the 80 % habit; 23 of 28 (82 %) is a daily uploader.
        var mostDays = Days(D(3, 14), D(4, 10));
        mostDays.ExceptWith(Days(D(3, 15), D(3, 20)));
        Assert.Null(SilenceRule.Evaluate("M", mostDays, D(4, 20), Defaults));
        mostDays.Add(D(3, 15));
        Assert.NotNull(SilenceRule.Evaluate("M", mostDays, D(4, 20), Defaults));
    }

    [Fact]
    public void The_modified_z_score_is_Iglewicz_and_Hoaglins()
    {
        // median 3, absolute deviations 2 1 0 1 97 → MAD 1; z(100) = 0.6745 × 97.
        var (score, median) = RobustStatistics.ModifiedZScore(100, [1, 2, 3, 4, 100])!.Value;
        Assert.Equal((3.0, 65.4265), (median, Math.Round(score, 4)));
        Assert.Equal(2.5, RobustStatistics.Median([4, 1, 3, 2]));
        Assert.Null(RobustStatistics.ModifiedZScore(7, [5, 5, 5, 5]));               // MAD 0: undefined, no verdict
    }

    /// <summary>Eight weeks of 8..12 rows a day to 27 March (median 10, MAD 1), then the days under test.</summary>
    private static Dictionary<DateOnly, long> Volume(params (DateOnly Day, long Rows)[] tested)
    {
        var series = new Dictionary<DateOnly, long>();
        var day = D(1, 31);
        for (var i = 0; i < 56; i++, day = day.AddDays(1)) series[day] = 8 + (i % 5);
        foreach (var (at, rows) in tested) series[at] = rows;
        return series;
    }

    [Fact]
    public void Volume_outliers_beyond_3_5_either_way_are_reported_and_ordinary_days_are_not()
    {
        // 28 March: 15 rows → z = 0.6745 × 5 / 1 = 3.37, below 3.5; 29 March: 16 → 4.05; 30 March: 4 → −4.05.
        var series = Volume((D(3, 28), 15), (D(3, 29), 16), (D(3, 30), 4), (D(3, 31), 11));
        var alerts = VolumeOutlierRule.Evaluate("H", "outpatient_visit", series, D(3, 28), D(4, 1), Defaults).ToList();
        Assert.Equal([(D(3, 29), 16.0), (D(3, 30), 4.0)], alerts.Select(a => (a.Day, a.Value)));
        Assert.All(alerts, a => Assert.Equal((AlertCodes.VolumeOutlier, "outpatient_visit", 10.0), (a.Code, a.Table, a.Expected)));
        Assert.Contains("异常偏高", alerts[0].MessageZh, StringComparison.Ordinal);
        Assert.Contains("unusually low", alerts[1].MessageEn, StringComparison.Ordinal);
        Assert.Empty(VolumeOutlierRule.Evaluate("H", "t", series, D(3, 28), D(4, 1), new AlertOptions { OutlierThreshold = 4.1 }));
        Assert.Equal(3, VolumeOutlierRule.Evaluate("H", "t", series, D(3, 28), D(4, 1), new AlertOptions { OutlierThreshold = 3.3 }).Count());
    }

    [Fact]
    public void Days_with_too_little_history_or_no_upload_are_not_judged()
    {
        var young = new Dictionary<DateOnly, long> { [D(4, 1)] = 10, [D(4, 2)] = 11, [D(4, 3)] = 9, [D(4, 4)] = 500 };
        Assert.Empty(VolumeOutlierRule.Evaluate("H", "t", young, D(4, 4), D(4, 5), Defaults));
        var gap = Volume((D(3, 29), 0));
        Assert.Empty(VolumeOutlierRule.Evaluate("H", "t", gap, D(3, 29), D(3, 30), Defaults));
    }

    /// <summary>Per event day (records, real-time) for the seven days from <paramref name="monday"/>.</summary>
    private static void Week(Dictionary<DateOnly, (long, long)> series, DateOnly monday, long records, long realtime)
    {
        for (var i = 0; i < 7; i++) series[monday.AddDays(i)] = (i == 0 ? records : 0, i == 0 ? realtime : 0);
    }

    [Fact]
    public void A_weekly_real_time_rate_falling_more_than_the_points_allowed_is_reported()
    {
        var series = new Dictionary<DateOnly, (long, long)>();
        Week(series, D(3, 7), 100, 90);    // 90 %
        Week(series, D(3, 14), 100, 75);   // 75 %: down 15 points, allowed
        Week(series, D(3, 21), 100, 50);   // 50 %: down 25 points
        Week(series, D(3, 28), 10, 0);     // too few records to judge
        Week(series, D(4, 4), 100, 10);    // previous week too small: not judged
        var alerts = RealtimeDropRule.Evaluate("H", "outpatient_visit", series, D(3, 7), D(4, 11), Defaults).ToList();
        var alert = Assert.Single(alerts);
        Assert.Equal((AlertCodes.RealtimeDrop, D(3, 21), 0.5, 0.75), (alert.Code, alert.Day, alert.Value, alert.Expected));
        Assert.Contains("down 25 points", alert.MessageEn, StringComparison.Ordinal);
        Assert.Equal(2, RealtimeDropRule.Evaluate("H", "t", series, D(3, 7), D(4, 11), new AlertOptions { RealtimeDropPoints = 10 }).Count());
    }

    [Fact]
    public void Only_complete_weeks_ending_inside_the_window_are_judged()
    {
        var series = new Dictionary<DateOnly, (long, long)>();
        Week(series, D(3, 14), 100, 90);
        Week(series, D(3, 21), 100, 10);
        Assert.Single(RealtimeDropRule.Evaluate("H", "t", series, D(3, 27), D(3, 28), Defaults));   // the Sunday closes the week
        Assert.Empty(RealtimeDropRule.Evaluate("H", "t", series, D(3, 21), D(3, 27), Defaults));    // the week is not over yet
        Assert.Empty(RealtimeDropRule.Evaluate("H", "t", series, D(3, 28), D(4, 4), Defaults));     // it ended before the window
        Assert.Equal(D(3, 21), RealtimeDropRule.Monday(D(3, 27)));
    }

    [Fact]
    public void Cda_mismatches_are_reported_per_day_in_both_directions()
    {
        var alerts = CdaMismatchRule.Evaluate("H", "outpatient_visit",
            new Dictionary<DateOnly, long> { [D(4, 12)] = 2, [D(4, 13)] = 1 },
            new Dictionary<DateOnly, long> { [D(4, 12)] = 1 }, new AlertOptions { CdaMismatchMinimum = 2 }).ToList();
        Assert.Equal([(AlertCodes.VisitsWithoutDocument, D(4, 12), 2.0)], alerts.Select(a => (a.Code, a.Day, a.Value)));
        Assert.Equal(3, CdaMismatchRule.Evaluate("H", "outpatient_visit",
            new Dictionary<DateOnly, long> { [D(4, 12)] = 2, [D(4, 13)] = 1 }, new Dictionary<DateOnly, long> { [D(4, 12)] = 1 }, Defaults).Count());
    }

    [Fact]
    public void Every_alert_code_is_documented_in_docs_alerts_md()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "docs", "alerts.md"))) dir = dir.Parent;
        var doc = File.ReadAllText(Path.Combine(dir!.FullName, "docs", "alerts.md"));
        Assert.All(AlertCodes.All, code => Assert.Contains($"`{code}`", doc, StringComparison.Ordinal));
    }

    [Fact]
    public void The_system_columns_the_mismatch_rule_reads_are_the_loaders()
    {
        Assert.Equal(Ingest.Schema.SystemColumns.SourceDocumentId, AlertSources.SourceDocumentColumn);
        Assert.Equal(Ingest.Schema.SystemColumns.Institution, AlertSources.InstitutionColumn);
    }
}
