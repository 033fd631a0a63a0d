using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using HealthExchange.Host.Cli;
using HealthExchange.Metrics.Periods;
using HealthExchange.Metrics.Reports;
using HealthExchange.Validation.Reading;

namespace HealthExchange.Host.Province;

/// <summary>
/// The province's publication for one period: the city table, then the table of provincial institutions, in every
/// format `hx province` writes. HTML and XLSX go through the report writers of `hx report` (<see cref="PrintedTable"/>).
/// </summary>
internal sealed class ProvinceReport(ReportPeriod period, IReadOnlyList<CityPull> pulls)
{
    private static readonly JsonSerializerOptions Json = new() { PropertyNamingPolicy = JsonNamingPolicy.CamelCase, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public IReadOnlyList<CityFigures> Cities { get; } = ProvinceTable.Sorted(pulls.Select(pull => pull.City));

    public IReadOnlyList<HospitalFigures> Hospitals { get; } = ProvincialHospitalTable.Sorted(pulls.SelectMany(pull => pull.Hospitals));

    private string Range => $"{period.From:yyyy-MM-dd}..{period.To.AddDays(-1):yyyy-MM-dd}";

    public string CityTitle => $"各市区域健康信息平台数据上传省平台情况（{Range}）";

    public string HospitalTitle => $"各省属医疗机构数据上传省平台情况（{Range}）";

    /// <summary>The second table cannot list the provincial institutions of a city that was not pulled: say so under it.</summary>
    public string? HospitalFootnote => Cities.Where(city => city.Failure is not null).Select(city => city.City).ToList() is { Count: > 0 } failed
        ? $"未能拉取 {string.Join("、", failed)}，其省属医疗机构未列入 / not pulled: {string.Join(", ", failed)}; their provincial institutions are missing"
        : null;

    public string JsonText() => JsonSerializer.Serialize(new { period = period.Label, cities = Cities, hospitals = Hospitals }, Json);

    /// <summary>Both tables, the second after an empty line, each with its heading row.</summary>
    public string Csv()
    {
        var csv = new StringBuilder(CsvText.Line(ProvinceTable.Headings)).Append('\n');
        foreach (var city in Cities) csv.Append(CsvText.Line(ProvinceTable.Cells(city))).Append('\n');
        csv.Append('\n').Append(CsvText.Line(ProvincialHospitalTable.Headings)).Append('\n');
        foreach (var hospital in Hospitals) csv.Append(CsvText.Line(ProvincialHospitalTable.Cells(hospital))).Append('\n');
        return csv.ToString();
    }

    public string Text()
    {
        var cities = new TextTable(ProvinceTable.Headings, [false, .. Enumerable.Repeat(true, ProvinceTable.Headings.Length - 1)]) { Title = CityTitle };
        foreach (var city in Cities) cities.AddRow(ProvinceTable.Cells(city));
        var hospitals = new TextTable(ProvincialHospitalTable.Headings, [false, .. Enumerable.Repeat(true, ProvincialHospitalTable.Headings.Length - 1)])
        {
            Title = HospitalTitle,
            Caption = HospitalFootnote,
        };
        foreach (var hospital in Hospitals) hospitals.AddRow(ProvincialHospitalTable.Cells(hospital));
        return cities + "\n" + hospitals;
    }

    /// <summary>The two tables for the newsletter writers: counts as numbers, rates and failures as text.</summary>
    public IReadOnlyList<PrintedTable> Printed()
    {
        var cityRows = Cities.Select(city => (IReadOnlyList<PrintedCell>)(city.Failure is not null
            ? ProvinceTable.Cells(city).Select(text => new PrintedCell(text)).ToList()
            : [new(city.City), PrintedCell.Of(city.RowsUploaded), PrintedCell.Of(city.UploadDays), PrintedCell.Of(city.OutpatientVisits),
                new(ProvinceTable.Percent(city.OutpatientRate)), PrintedCell.Of(city.Discharges), new(ProvinceTable.Percent(city.DischargeRate)),
                new(ProvinceTable.Percent(city.HealthRecordBasicRate)), new(ProvinceTable.Percent(city.HypertensionRate)), new(ProvinceTable.Percent(city.DiabetesRate))])).ToList();
        var hospitalRows = Hospitals.Select(hospital => (IReadOnlyList<PrintedCell>)
            [new(hospital.Name), PrintedCell.Of(hospital.RowsUploaded), PrintedCell.Of(hospital.OutpatientVisits), new(ProvinceTable.Percent(hospital.OutpatientRate)),
                PrintedCell.Of(hospital.Discharges), new(ProvinceTable.Percent(hospital.DischargeRate)), PrintedCell.Of(hospital.InspectionRowsUploaded),
                PrintedCell.Of(hospital.UploadDays)]).ToList();
        return
        [
            new PrintedTable(CityTitle, "各市", ProvinceTable.Headings, [false, .. Enumerable.Repeat(true, ProvinceTable.Headings.Length - 1)], cityRows),
            new PrintedTable(HospitalTitle, "省属医疗机构", ProvincialHospitalTable.Headings,
                [false, .. Enumerable.Repeat(true, ProvincialHospitalTable.Headings.Length - 1)], hospitalRows, Footnote: HospitalFootnote),
        ];
    }
}
