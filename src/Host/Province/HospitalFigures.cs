namespace HealthExchange.Host.Province;

/// <summary>
/// One provincial institution's line of 各省属医疗机构数据上传省平台情况 (../shared/reference/province-2016-03-04.txt,
/// second table), pulled from the city platform it uploads to. Rates are null ("/") where no denominator was reported.
/// </summary>
internal sealed record HospitalFigures(string City, string Code, string Name, long RowsUploaded, long OutpatientVisits, decimal? OutpatientRate,
    long Discharges, decimal? DischargeRate, long InspectionRowsUploaded, int UploadDays);
