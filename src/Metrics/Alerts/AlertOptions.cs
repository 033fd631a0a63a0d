namespace HealthExchange.Metrics.Alerts;

/// <summary>The alert rules' parameters (configuration section "Alerts"); docs/alerts.md says what each one changes.</summary>
public sealed class AlertOptions
{
    /// <summary>Silence: days without any upload before a habitual daily uploader is reported.</summary>
    public int SilentDays { get; set; } = 3;

    /// <summary>Silence: the days before the last upload that show the habit.</summary>
    public int HabitDays { get; set; } = 28;

    /// <summary>Silence: share of <see cref="HabitDays"/> with an upload that makes an institution a daily uploader.</summary>
    public double HabitShare { get; set; } = 0.8;

    /// <summary>Volume outliers: the trailing weeks each day is compared with (DHIS2 uses the series it is given).</summary>
    public int OutlierWeeks { get; set; } = 8;

    /// <summary>Volume outliers: |modified z-score| above this is an outlier (Iglewicz and Hoaglin's 3.5, DHIS2's default).</summary>
    public double OutlierThreshold { get; set; } = 3.5;

    /// <summary>Volume outliers: upload days the trailing window needs before a day is judged at all.</summary>
    public int OutlierMinimumHistory { get; set; } = 10;

    /// <summary>Real-time drop: percentage points the weekly rate may fall from one week to the next.</summary>
    public double RealtimeDropPoints { get; set; } = 20;

    /// <summary>Real-time drop: records each of the two weeks needs, so a handful of rows cannot swing the rate.</summary>
    public int RealtimeMinimumRecords { get; set; } = 20;

    /// <summary>Table-vs-CDA mismatch: unmatched visit rows or documents per day before a day is reported.</summary>
    public int CdaMismatchMinimum { get; set; } = 1;
}
