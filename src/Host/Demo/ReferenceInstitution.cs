using System.Globalization;
using System.Reflection;

namespace HealthExchange.Host.Demo;

/// <summary>An institution with its published 2022 figures (shared/reference), the scale and habits the demo imitates.</summary>
internal sealed record ReferenceInstitution(
    string Code, string Name, string Kind, long UploadRows, int UploadDays,
    long OutpatientVisits, double OutpatientRealtime, long Discharges, double DischargeRealtime,
    long HealthRecordsBasic, long HealthRecordsHypertension, long HealthRecordsDiabetes)
{
    public static IReadOnlyList<ReferenceInstitution> Load()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("reference-2022.csv")!;
        using var reader = new StreamReader(stream);
        var result = new List<ReferenceInstitution>();
        reader.ReadLine();
        while (reader.ReadLine() is { Length: > 0 } line)
        {
            var f = line.Split(',');
            long Long(int i) => f[i].Length == 0 ? 0 : long.Parse(f[i], CultureInfo.InvariantCulture);
            double Share(int i) => f[i].Length == 0 ? 0.5 : double.Parse(f[i], CultureInfo.InvariantCulture);
            result.Add(new ReferenceInstitution(f[0], f[1], f[2], Long(3), (int)Long(4), Long(5), Share(6), Long(7), Share(8), Long(9), Long(10), Long(11)));
        }
        return result;
    }
}
