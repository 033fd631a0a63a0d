// Firely's R4 model marks nearly every member nullable; these assertions fail loudly on a null anyway.
#nullable disable
using System.Net;
using System.Text.Json;
using Task = System.Threading.Tasks.Task;
using Hl7.Fhir.Model;
using Hl7.Fhir.Serialization;
using HealthExchange.TestSupport;
using Xunit;

namespace HealthExchange.Api.Tests;

/// <summary>The FHIR Bundles parsed back by Firely's deserializer in strict mode: what it accepts, and the figures it carries.</summary>
public sealed class FhirTests(ApiWorld world) : IClassFixture<ApiWorld>
{
    private static readonly JsonSerializerOptions Strict = new JsonSerializerOptions().ForFhir().UsingMode(DeserializationMode.Strict);

    private async Task<Bundle> Get(string token, string path)
    {
        using var response = await world.Client(token).GetAsync(new Uri(path, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/fhir+json", response.Content.Headers.ContentType?.MediaType);
        return JsonSerializer.Deserialize<Bundle>(await response.Content.ReadAsStringAsync(), Strict)!;
    }

    [Fact]
    public async Task Every_figure_is_a_Measure_with_a_canonical_URL_Chinese_and_English_titles_and_its_scoring()
    {
        var measures = (await Get(world.Province, "/fhir/Measure")).Entry.Select(entry => (Measure)entry.Resource).ToList();
        Assert.Equal(12, measures.Count); // 11 figures and the composite platform report
        Assert.All(measures, measure => Assert.StartsWith("https://healthexchange.invalid/fhir/Measure/", measure.Url, StringComparison.Ordinal));
        var rate = Assert.Single(measures, measure => measure.Id == "outpatient-realtime-rate");
        Assert.Equal("proportion", rate.Scoring.Coding[0].Code);
        Assert.Equal("门急诊实时上传率", rate.Title);
        Assert.Equal("outpatient real-time rate", rate.TitleElement.Extension[0].GetExtensionValue<FhirString>("content").Value);
        Assert.Equal("continuous-variable", measures.Single(measure => measure.Id == "rows-uploaded").Scoring.Coding[0].Code);
    }

    [Fact]
    public async Task A_hospitals_MeasureReport_carries_its_figures_with_numerator_and_denominator_for_rates()
    {
        var bundle = await Get(world.Hospital, "/fhir/MeasureReport?period=2022-04");
        var report = (MeasureReport)Assert.Single(bundle.Entry).Resource;
        Assert.Equal(Some.Hospital, report.Subject.Identifier.Value);
        Assert.Equal(MeasureReport.MeasureReportType.Summary, report.Type);
        Assert.Equal(("2022-04-01", "2022-04-30"), (report.Period.Start, report.Period.End));
        MeasureReport.GroupComponent Group(string id) => report.Group.Single(group => group.Code.Coding[0].Code == id);
        Assert.Equal(8m, Group("rows-uploaded").MeasureScore.Value);
        Assert.Equal(7m, Group("outpatient-visits").MeasureScore.Value);
        var rate = Group("outpatient-realtime-rate");
        Assert.Equal((7, 7), (rate.Population.Single(p => p.Code.Coding[0].Code == "numerator").Count, rate.Population.Single(p => p.Code.Coding[0].Code == "denominator").Count));
        Assert.Equal(1m, rate.MeasureScore.Value);
        Assert.Null(Group("discharge-realtime-rate").MeasureScore); // "/": no discharges
    }

    [Theory]
    [InlineData("/fhir/Measure")]
    [InlineData("/fhir/MeasureReport?period=2022-04")]
    public async Task The_bundles_are_valid_against_the_FHIR_R4_JSON_schema_which_does_catch_a_wrong_type(string path)
    {
        var body = await world.Client(world.Operator).GetStringAsync(new Uri(path, UriKind.Relative));
        Assert.Equal("[]", await SchemaErrors(body));
        var broken = body.Replace("\"status\":\"", "\"status\":42,\"was\":\"", StringComparison.Ordinal);
        Assert.NotEqual("[]", await SchemaErrors(broken));
    }

    private static async Task<string> SchemaErrors(string json)
    {
        var file = Path.Combine(Path.GetTempPath(), $"hx-fhir-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(file, json);
        try
        {
            using var result = JsonDocument.Parse(await NodeReaders.RunAsync("validate-fhir.mjs", file));
            return result.RootElement.GetProperty("errors").GetRawText();
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public async Task A_hospital_cannot_read_another_institutions_MeasureReport_and_a_province_reads_all()
    {
        using var other = await world.Client(world.Hospital).GetAsync(new Uri("/fhir/MeasureReport?period=2022-04&subject=" + Some.OtherHospital, UriKind.Relative));
        Assert.Equal("HX5004", await RoleTests.ProblemCode(other));
        var all = await Get(world.Province, "/fhir/MeasureReport?period=2022-04");
        Assert.True(all.Entry.Count > 40);
        Assert.Equal(all.Total, all.Entry.Count);
    }
}
