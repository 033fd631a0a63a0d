using System.Globalization;
using System.Text;
using HealthExchange.Validation.Catalogues;
using HealthExchange.Validation.Checking;
using HealthExchange.Validation.Reading;

namespace HealthExchange.TestData;

/// <summary>Test data that is valid unless a test says otherwise (Serilog's `Some` pattern).</summary>
public static class Some
{
    private static readonly Lazy<CatalogueSet> Shipped = new(() => CatalogueSet.Load());

    public static CatalogueSet Catalogues => Shipped.Value;

    public static TableCatalogue HospitalCatalogue => Catalogues.For(InstitutionKind.Hospital);

    public static TableDefinition OutpatientTable => HospitalCatalogue.TryGetTable("outpatient_visit", out var table) ? table : throw new InvalidOperationException();

    /// <summary>A hospital from the shipped registry seed (江苏省中医院's synthetic code varies; any registered hospital does).</summary>
    public const string Hospital = "H320100001";
    public const string OtherHospital = "H320100002";

    /// <summary>A valid GB 11643 number for a birth date (region 320102, sequence 123).</summary>
    public static string NationalId(DateOnly birth, string sequence = "123")
    {
        var first17 = $"320102{birth:yyyyMMdd}{sequence}";
        return first17 + NationalIdCheck(first17);
    }

    private static char NationalIdCheck(string first17) => HealthExchange.Validation.Checking.NationalId.CheckCharacter(first17);

    public static Dictionary<string, string> OutpatientRow(string visitNo, DateTime visitTime)
    {
        var birth = new DateOnly(1980, 5, 17);
        return new Dictionary<string, string>
        {
            ["visit_no"] = visitNo,
            ["patient_id"] = "P" + visitNo,
            ["id_type"] = "01",
            ["id_no"] = NationalId(birth),
            ["patient_name"] = "王某",
            ["sex"] = "1",
            ["birth_date"] = "1980-05-17",
            ["phone"] = "13800001234",
            ["visit_time"] = visitTime.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture),
            ["visit_type"] = FirstCode("visit_type"),
            ["dept_code"] = FirstCode("dept_code"),
            ["dept_name"] = "内科",
            ["diagnosis_code"] = "J06.9",
            ["diagnosis_name"] = "急性上呼吸道感染",
            ["fee_total"] = "123.45",
        };
    }

    public static string FirstCode(string column) => FirstCode(OutpatientTable, column);

    public static string FirstCode(TableDefinition table, string column) =>
        table.Column(column).ValueSet!.Codes.Keys.Order(StringComparer.Ordinal).First();

    public static TableDefinition HospitalTable(string code) =>
        HospitalCatalogue.TryGetTable(code, out var table) ? table : throw new InvalidOperationException($"no hospital table {code}");

    /// <summary>A valid discharge (出院记录) with every required value: admitted <paramref name="admission"/>, discharged <paramref name="discharge"/>.</summary>
    public static Dictionary<string, string> DischargeRow(string inpatientNo, DateTime admission, DateTime discharge)
    {
        var table = HospitalTable("inpatient_discharge");
        return new Dictionary<string, string>
        {
            ["inpatient_no"] = inpatientNo,
            ["patient_id"] = "P" + inpatientNo,
            ["patient_name"] = "李某",
            ["sex"] = "2",
            ["birth_date"] = "1975-03-08",
            ["admission_time"] = admission.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture),
            ["discharge_time"] = discharge.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture),
            ["dept_code"] = FirstCode(table, "dept_code"),
            ["discharge_diagnosis_code"] = "J18.9",
            ["discharge_diagnosis_name"] = "肺炎",
            ["discharge_disposition"] = FirstCode(table, "discharge_disposition"),
        };
    }

    /// <summary>A row as a reader would give it: values aligned to the table's columns, empty ones absent.</summary>
    public static SourceRow Row(TableDefinition table, IReadOnlyDictionary<string, string> values, int rowNumber = 1) =>
        new(rowNumber, table.Columns.Select(column => values.TryGetValue(column.Name, out var v) && v.Length > 0 ? v : null).ToArray(), "raw");

    /// <summary>CSV text with the catalogue's header row for the given rows (missing values empty).</summary>
    public static string Csv(TableDefinition table, IEnumerable<IReadOnlyDictionary<string, string>> rows)
    {
        var csv = new StringBuilder(string.Join(',', table.Columns.Select(column => column.Name))).Append('\n');
        foreach (var row in rows)
            csv.Append(CsvText.Line(table.Columns.Select(column => row.GetValueOrDefault(column.Name, "")))).Append('\n');
        return csv.ToString();
    }

    public static byte[] OutpatientCsv(params Dictionary<string, string>[] rows) => Encoding.UTF8.GetBytes(Csv(OutpatientTable, rows));

    /// <summary>n valid visits on one Shanghai day, visit numbers prefixed so batches do not collide.</summary>
    public static Dictionary<string, string>[] Visits(string prefix, int count, DateOnly day) =>
        Enumerable.Range(0, count).Select(i => OutpatientRow($"{prefix}{i:D5}", day.ToDateTime(new TimeOnly(9, 0)).AddMinutes(i))).ToArray();

    /// <summary>A Shanghai wall-clock time as the instant it is.</summary>
    public static DateTimeOffset Shanghai(int year, int month, int day, int hour = 12, int minute = 0, int second = 0) =>
        PlatformTime.FromLocal(new DateTime(year, month, day, hour, minute, second));
}
