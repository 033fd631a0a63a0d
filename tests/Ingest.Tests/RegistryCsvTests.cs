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

    [Fact]
    public void Affiliation_is_read_by_label_or_GB_T_12404_code_and_an_unknown_value_is_refused()
    {
        var file = Path.GetTempFileName();
        try
        {
            File.WriteAllText(file, "code,name,kind,upload_method,catalogue_id,affiliation\nH1,江苏省人民医院,hospital,数据表,nanjing-hospital,20\n" +
                "H2,南京市第一医院,hospital,数据表,nanjing-hospital,市\nH3,某医院,hospital,数据表,nanjing-hospital,\n");
            Assert.Equal(["省", "市", null], InstitutionCsv.Read(file).Select(i => i.Affiliation));
            var institutions = InstitutionCsv.Read(file);
            File.WriteAllText(file, InstitutionCsv.Write(institutions));
            Assert.Equal(institutions, InstitutionCsv.Read(file));

            File.WriteAllText(file, "code,name,kind,upload_method,catalogue_id,affiliation\nH1,某医院,hospital,数据表,nanjing-hospital,部属\n");
            Assert.Contains("affiliation '部属'", Assert.Throws<InvalidDataException>(() => InstitutionCsv.Read(file)).Message, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(file);
        }
    }
}
