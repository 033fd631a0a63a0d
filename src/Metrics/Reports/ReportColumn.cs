using System.Globalization;
using HealthExchange.Metrics.Computation;

namespace HealthExchange.Metrics.Reports;

/// <summary>A column of the published table: its Chinese heading (the newsletter's), English heading and JSON name.</summary>
public sealed record ReportColumn(string Key, string HeadingZh, string HeadingEn, Func<InstitutionMetrics, object> Value)
{
    /// <summary>The newsletter's order (数据上传量 before 入库数据量 before 数据上传天数).</summary>
    public static IReadOnlyList<ReportColumn> Standard { get; } =
    [
        new("institution", "机构", "Institution", row => row.Name),
        new("code", "机构代码", "Code", row => row.Code),
        new("uploadMethod", "上传方式", "Upload method", row => row.UploadMethod),
        new("rowsUploaded", "数据上传量", "Rows uploaded", row => row.RowsUploaded),
        new("rowsLoaded", "入库数据量", "Rows loaded", row => row.RowsLoaded),
        new("uploadDays", "数据上传天数", "Upload days", row => row.UploadDays),
    ];

    public string Format(InstitutionMetrics row) => Value(row) switch
    {
        long number => number.ToString(CultureInfo.InvariantCulture),
        int number => number.ToString(CultureInfo.InvariantCulture),
        var other => other.ToString() ?? "",
    };

    public string Heading(bool english) => english ? HeadingEn : HeadingZh;
}
