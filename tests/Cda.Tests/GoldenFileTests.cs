using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using HealthExchange.Cda.Model;
using HealthExchange.Validation.Issues;
using Xunit;

namespace HealthExchange.Cda.Tests;

/// <summary>
/// Real documents in, expected findings and extracted rows out (Expected/*.json), FHIR-Converter style. A change
/// in what the platform finds shows up as a diff of a readable file. To accept a deliberate change, run the
/// tests once with HX_UPDATE_GOLDEN=1 and review the diff of tests/Cda.Tests/Expected before committing.
/// </summary>
public class GoldenFileTests
{
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static TheoryData<string> Samples()
    {
        var data = new TheoryData<string>();
        var root = Path.Combine(AppContext.BaseDirectory, "Samples");
        foreach (var file in Directory.EnumerateFiles(root, "*.xml", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
            data.Add(Path.GetRelativePath(root, file).Replace('\\', '/'));
        return data;
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public void Findings_and_extracted_rows_match_the_golden_file(string sample)
    {
        var bytes = File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Samples", sample));
        var actual = Describe(CdaTestKit.Validate(bytes)).ToJsonString(Json) + "\n";
        var name = sample.Replace('/', '_').Replace(".xml", ".json", StringComparison.OrdinalIgnoreCase);
        if (Environment.GetEnvironmentVariable("HX_UPDATE_GOLDEN") == "1")
        {
            File.WriteAllText(Path.Combine(CdaTestKit.SourceDirectory, "Expected", name), actual);
            return;
        }
        var expectedFile = Path.Combine(AppContext.BaseDirectory, "Expected", name);
        Assert.True(File.Exists(expectedFile), $"no golden file Expected/{name}; run with HX_UPDATE_GOLDEN=1 and review it");
        Assert.Equal(File.ReadAllText(expectedFile), actual);
    }

    [Fact]
    public void Every_golden_file_has_its_sample()
    {
        var root = Path.Combine(AppContext.BaseDirectory, "Samples");
        var samples = Directory.EnumerateFiles(root, "*.xml", SearchOption.AllDirectories)
            .Select(file => Path.GetRelativePath(root, file).Replace('\\', '_').Replace('/', '_').Replace(".xml", ".json", StringComparison.OrdinalIgnoreCase)).ToHashSet();
        var golden = Directory.EnumerateFiles(Path.Combine(AppContext.BaseDirectory, "Expected"), "*.json").Select(file => Path.GetFileName(file)!).ToList();
        Assert.All(golden, file => Assert.Contains(file, samples));
    }

    internal static JsonObject Describe(CdaResult result)
    {
        var tables = new JsonObject();
        foreach (var table in result.Tables)
            tables[table.Table.Code] = new JsonArray(table.Rows.Select(row => (JsonNode)new JsonObject
            {
                ["row"] = row.RowNumber,
                ["rejected"] = row.Rejected,
                ["values"] = new JsonObject(table.Table.Columns.Select((column, i) => (column.Name, row.Source.Values[i]))
                    .Where(pair => pair.Item2 is not null).Select(pair => KeyValuePair.Create(pair.Name, (JsonNode?)JsonValue.Create(pair.Item2)))),
            }).ToArray());
        return new JsonObject
        {
            ["kind"] = result.Kind.ToWire(),
            ["documentId"] = result.DocumentId,
            ["typeCode"] = result.TypeCode,
            ["templateId"] = result.TemplateId,
            ["title"] = result.Title,
            ["passed"] = result.Passed,
            ["issues"] = new JsonArray(result.Issues.Select(issue => (JsonNode)new JsonObject
            {
                ["code"] = issue.Code,
                ["severity"] = issue.Severity == IssueSeverity.Error ? "error" : "warning",
                ["line"] = issue.Row,
                ["at"] = issue.Column,
                ["value"] = issue.Value,
                ["detail"] = issue.Detail,
            }).ToArray()),
            ["tables"] = tables,
        };
    }
}
