using System.Globalization;

namespace HealthExchange.Host.Province;

/// <summary>The province's second table, in the layout of 各省属医疗机构数据上传省平台情况.</summary>
internal static class ProvincialHospitalTable
{
    public static readonly string[] Headings =
        ["医疗机构接入单位", "数据上传量", "门急诊上传人次", "门急诊上传率", "出院上传人次", "出院上传率", "检验检查上传量", "数据上传天数"];

    /// <summary>Sorted by 数据上传量 as the province publishes it, then by name and code so the order is stable.</summary>
    public static IReadOnlyList<HospitalFigures> Sorted(IEnumerable<HospitalFigures> hospitals) =>
        hospitals.OrderByDescending(hospital => hospital.RowsUploaded).ThenBy(hospital => hospital.Name, StringComparer.Ordinal)
            .ThenBy(hospital => hospital.Code, StringComparer.Ordinal).ToList();

    public static string[] Cells(HospitalFigures hospital) =>
        [hospital.Name, Number(hospital.RowsUploaded), Number(hospital.OutpatientVisits), ProvinceTable.Percent(hospital.OutpatientRate),
            Number(hospital.Discharges), ProvinceTable.Percent(hospital.DischargeRate), Number(hospital.InspectionRowsUploaded), Number(hospital.UploadDays)];

    private static string Number(long value) => value.ToString(CultureInfo.InvariantCulture);
}
