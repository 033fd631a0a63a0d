using System.Globalization;
using System.Reflection;

namespace HealthExchange.Host.Demo;

/// <summary>An institution with its published 2022 figures (shared/reference), the scale the demo imitates.</summary>
public sealed record ReferenceInstitution(string Code, string Name, string Kind, long UploadRows, int UploadDays, long OutpatientVisits, long Discharges)
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
            result.Add(new ReferenceInstitution(f[0], f[1], f[2], long.Parse(f[3], CultureInfo.InvariantCulture), int.Parse(f[4], CultureInfo.InvariantCulture),
                long.Parse(f[5], CultureInfo.InvariantCulture), long.Parse(f[6], CultureInfo.InvariantCulture)));
        }
        return result;
    }
}
