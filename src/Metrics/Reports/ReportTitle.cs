using HealthExchange.Metrics.Computation;

namespace HealthExchange.Metrics.Reports;

/// <summary>The newsletter's title and footnote lines for a report.</summary>
public static class ReportTitle
{
    public static string Title(PlatformReport report, bool english) => english
        ? $"Platform upload statistics, {report.Period.Label}" + report.Kind switch { "hospital" => " (hospitals)", "district" => " (districts)", _ => "" }
        : $"市卫生信息平台数据上传情况 {report.Period.Label}" + report.Kind switch { "hospital" => "（医院）", "district" => "（区县）", _ => "" };

    public static string Footnote(PlatformReport report, bool english) => english
        ? $"Cumulative rows loaded by the platform: {report.CumulativeRowsLoaded:N0}. Periods and days in Asia/Shanghai."
        : $"平台累计校验入库数据 {report.CumulativeRowsLoaded:N0} 条（按北京时间统计）";
}
