using HealthExchange.Ingest.Registry;
using HealthExchange.Validation.Catalogues;
using Xunit;

namespace HealthExchange.Ingest.Tests;

/// <summary>The registry's CSV survives what spreadsheets do to names: commas, quotes, a byte-order mark.</summary>
public class RegistryCsvTests
{
    [Fact]
    public void Institutions_and_declarations_round_trip_through_their_csv()
    {
        var institutions = new[]
        {
            new Institution("H1", "南京市第一医院，河西院区", InstitutionKind.Hospital, "数据表", "nanjing-hospital"),
            new Institution("H2", "Hospital \"North\", Campus 2", InstitutionKind.Hospital, "CDA文档", "nanjing-hospital"),
        };
        var file = Path.GetTempFileName();
        try
        {
            File.WriteAllText(file, "\uFEFF" + InstitutionCsv.Write(institutions));
            Assert.Equal(institutions, InstitutionCsv.Read(file));

            var declarations = new[] { new Declaration("H1", new DateOnly(2022, 1, 1), ["outpatient_visit", "inpatient_discharge"]), new Declaration("H2", new DateOnly(2022, 3, 1), null) };
            File.WriteAllText(file, DeclarationCsv.Write(declarations));
            var back = DeclarationCsv.Read(file, _ => Some.HospitalCatalogue);
            Assert.Equal(declarations.Select(d => (d.Institution, d.ValidFrom, Tables: d.Tables is null ? null : string.Join(';', d.Tables))),
                back.Select(d => (d.Institution, d.ValidFrom, Tables: d.Tables is null ? null : string.Join(';', d.Tables))));
        }
        finally
        {
            File.Delete(file);
        }
    }
}
