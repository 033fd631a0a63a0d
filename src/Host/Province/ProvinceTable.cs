using System.Globalization;

namespace HealthExchange.Host.Province;

/// <summary>The province table's columns and cells, in the layout of 各市区域健康信息平台数据上传省平台情况.</summary>
internal static class ProvinceTable
{
    public static readonly string[] Headings =
        ["接入单位", "数据上传量", "数据上传天数", "门急诊上传人次", "门急诊上传率", "出院上传人次", "出院上传率", "健康档案上传率 基本信息", "高血压", "糖尿病"];

    /// <summary>Sorted by 数据上传量 as the province publishes it; cities that could not be pulled last.</summary>
    public static IReadOnlyList<CityFigures> Sorted(IEnumerable<CityFigures> cities) =>
        cities.OrderBy(city => city.Failure is null ? 0 : 1).ThenByDescending(city => city.RowsUploaded).ThenBy(city => city.City, StringComparer.Ordinal).ToList();

    public static string[] Cells(CityFigures city) => city.Failure is not null
        ? [city.City, city.Failure, "", "", "", "", "", "", "", ""]
        : [city.City, Number(city.RowsUploaded), Number(city.UploadDays), Number(city.OutpatientVisits), Percent(city.OutpatientRate),
            Number(city.Discharges), Percent(city.DischargeRate), Percent(city.HealthRecordBasicRate), Percent(city.HypertensionRate), Percent(city.DiabetesRate)];

    private static string Number(long value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>33.84% as the newsletter prints it; "/" where there was no denominator.</summary>
    public static string Percent(decimal? rate) => rate is { } value ? (value * 100).ToString("0.00", CultureInfo.InvariantCulture) + "%" : "/";
}
