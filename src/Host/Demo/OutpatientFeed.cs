using System.Globalization;
using System.Text;
using HealthExchange.Validation.Catalogues;
using HealthExchange.Validation.Checking;

namespace HealthExchange.Host.Demo;

/// <summary>
/// Simulates a month of outpatient-visit uploads for one institution at its published scale divided by
/// <c>scale</c>: daily batches on its usual share of upload days, most uploaded within hours, some late,
/// and about 1 % of rows with the mistakes hospitals really make (bad ID check digit, missing diagnosis,
/// unknown department code).
/// </summary>
public sealed class OutpatientFeed(TableDefinition table, ReferenceInstitution institution, DateOnly month, int scale, int seed)
{
    private const int RowsPerBatch = 400;
    private readonly Random _random = new(seed);
    private readonly string[] _departments = Codes(table, "dept_code");
    private readonly string[] _visitTypes = Codes(table, "visit_type");
    private readonly string[] _sexes = Codes(table, "sex").Where(code => code is "1" or "2").DefaultIfEmpty("1").ToArray();
    private static readonly string[] Diagnoses = ["J06.9", "I10", "E11.9", "K29.7", "M54.5", "J20.9", "R51", "N39.0", "H10.9", "L30.9"];

    public IEnumerable<DemoBatch> Batches()
    {
        var days = DateTime.DaysInMonth(month.Year, month.Month);
        var perDay = Math.Max(1, (int)(institution.OutpatientVisits / 365 / scale));
        var uploadShare = Math.Min(1.0, institution.UploadDays / 365.0);
        for (var day = 0; day < days; day++)
        {
            if (_random.NextDouble() > uploadShare) continue;
            var date = month.AddDays(day);
            var rows = (int)(perDay * (0.8 + 0.4 * _random.NextDouble()));
            for (var part = 0; part * RowsPerBatch < rows; part++)
            {
                var count = Math.Min(RowsPerBatch, rows - part * RowsPerBatch);
                yield return Batch(date, part, count);
            }
        }
    }

    private DemoBatch Batch(DateOnly date, int part, int count)
    {
        // Most batches arrive the same evening; one in ten arrives 1–3 days late.
        var lateDays = _random.NextDouble() < 0.1 ? _random.Next(1, 4) : 0;
        var uploadLocal = date.ToDateTime(new TimeOnly(20, 0)).AddDays(lateDays).AddMinutes(_random.Next(0, 180));
        var uploadedAt = PlatformTime.FromLocal(uploadLocal);
        var csv = new StringBuilder(string.Join(',', table.Columns.Select(column => column.Name))).Append('\n');
        var invalid = 0;
        for (var i = 0; i < count; i++)
        {
            var bad = _random.NextDouble() < 0.01;
            if (bad) invalid++;
            csv.Append(Row(date, part * RowsPerBatch + i, bad)).Append('\n');
        }
        var batchId = string.Create(CultureInfo.InvariantCulture, $"{institution.Code}-{table.Code}-{date:yyyyMMdd}-{part}");
        return new DemoBatch(institution.Code, table.Code, batchId, uploadedAt, Encoding.UTF8.GetBytes(csv.ToString()), count, invalid);
    }

    private string Row(DateOnly date, int sequence, bool bad)
    {
        var birth = SyntheticPerson.BirthDate(_random);
        var id = SyntheticPerson.NationalId(_random, birth);
        var mistake = bad ? _random.Next(3) : -1;
        if (mistake == 0) id = id[..17] + (id[17] == '0' ? '1' : '0');
        var visit = date.ToDateTime(new TimeOnly(8, 0)).AddMinutes(_random.Next(0, 600));
        var values = new Dictionary<string, string>
        {
            ["visit_no"] = string.Create(CultureInfo.InvariantCulture, $"MZ{date:yyyyMMdd}{sequence:D6}"),
            ["patient_id"] = string.Create(CultureInfo.InvariantCulture, $"P{_random.Next(1, 9_999_999):D8}"),
            ["id_type"] = "01",
            ["id_no"] = id,
            ["patient_name"] = SyntheticPerson.Name(_random),
            ["sex"] = _sexes[_random.Next(_sexes.Length)],
            ["birth_date"] = birth.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["phone"] = string.Create(CultureInfo.InvariantCulture, $"1{_random.Next(30, 99)}{_random.Next(0, 100_000_000):D8}"),
            ["visit_time"] = visit.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture),
            ["visit_type"] = _visitTypes[_random.Next(_visitTypes.Length)],
            ["dept_code"] = mistake == 2 ? "ZZ99" : _departments[_random.Next(_departments.Length)],
            ["diagnosis_code"] = mistake == 1 ? "" : Diagnoses[_random.Next(Diagnoses.Length)],
            ["fee_total"] = (_random.Next(2000, 60000) / 100m).ToString(CultureInfo.InvariantCulture),
            ["record_time"] = visit.AddMinutes(15).ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture),
        };
        return string.Join(',', table.Columns.Select(column => values.GetValueOrDefault(column.Name, "")));
    }

    private static string[] Codes(TableDefinition table, string column)
    {
        var index = table.IndexOf(column);
        var codes = index < 0 ? null : table.Columns[index].ValueSet?.Codes.Keys.Order(StringComparer.Ordinal).Take(20).ToArray();
        return codes is { Length: > 0 } ? codes : ["1"];
    }
}
