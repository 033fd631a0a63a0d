using HealthExchange.Validation.Issues;
using Xunit;

namespace HealthExchange.Validation.Tests;

public class IssueCatalogueTests
{
    [Fact]
    public void Codes_are_unique_and_well_formed()
    {
        Assert.Equal(IssueCodes.All.Count, IssueCodes.All.Select(d => d.Code).Distinct().Count());
        Assert.All(IssueCodes.All, d => Assert.Matches("^HX[1-4][0-9]{3}$", d.Code));
        Assert.All(IssueCodes.All, d => Assert.False(string.IsNullOrWhiteSpace(d.TitleZh + d.TitleEn + d.HintZh + d.HintEn)));
    }

    [Fact]
    public void Every_code_is_documented_in_docs_validation_md()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "docs", "validation.md"))) dir = dir.Parent;
        Assert.NotNull(dir);
        var doc = File.ReadAllText(Path.Combine(dir!.FullName, "docs", "validation.md"));
        Assert.All(IssueCodes.All, d => Assert.Contains($"| {d.Code} |", doc, StringComparison.Ordinal));
    }
}
