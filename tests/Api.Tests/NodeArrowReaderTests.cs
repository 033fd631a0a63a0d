using System.Text.Json;
using HealthExchange.TestSupport;
using Xunit;

namespace HealthExchange.Api.Tests;

/// <summary>The summaries' Arrow stream read by a second, independent implementation: npm's apache-arrow under node.</summary>
public sealed class NodeArrowReaderTests(ApiWorld world) : IClassFixture<ApiWorld>
{
    private const string April = "/api/v1/summaries?from=2022-04-01&to=2022-04-30&granularity=day&kind=hospital";

    [Fact]
    public async Task Node_apache_arrow_reads_the_same_rows_types_and_labels_as_the_JSON()
    {
        var client = world.Client(world.Province);
        var path = Path.Combine(Path.GetTempPath(), $"hx-summaries-{Guid.NewGuid():N}.arrows");
        await File.WriteAllBytesAsync(path, await client.GetByteArrayAsync(new Uri(April + "&format=arrow", UriKind.Relative)));
        try
        {
            using var read = JsonDocument.Parse(await NodeReaders.RunAsync("read-arrow.mjs", path));
            using var json = JsonDocument.Parse(await client.GetStringAsync(new Uri(April + "&limit=5000", UriKind.Relative)));
            var expected = json.RootElement.GetProperty("rows").EnumerateArray()
                .Select(row => $"{row.GetProperty("period").GetString()} {row.GetProperty("code").GetString()} {row.GetProperty("rowsUploaded").GetInt64()}").ToList();
            var actual = read.RootElement.GetProperty("rows").EnumerateArray()
                .Select(row => $"{row.GetProperty("period").GetString()} {row.GetProperty("code").GetString()} {row.GetProperty("rowsUploaded").GetInt64()}").ToList();
            Assert.Equal(expected, actual);
            Assert.Contains($"2022-04-10 {Some.Hospital} 6", actual);
            Assert.All(read.RootElement.GetProperty("rows").EnumerateArray(), row => Assert.Equal(JsonValueKind.Null, row.GetProperty("dischargeRealtimeRate").ValueKind));
            var fields = read.RootElement.GetProperty("fields").EnumerateArray().ToDictionary(f => f.GetProperty("name").GetString()!, f => f);
            Assert.Equal("Int64", fields["rowsUploaded"].GetProperty("type").GetString());
            Assert.Equal("Float64", fields["outpatientRealtimeRate"].GetProperty("type").GetString());
            Assert.Equal("数据上传量", fields["rowsUploaded"].GetProperty("labelZh").GetString());
        }
        finally
        {
            File.Delete(path);
        }
    }
}
