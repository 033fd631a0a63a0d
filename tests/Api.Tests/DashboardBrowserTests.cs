using System.Diagnostics;
using System.Text.Json;
using Xunit;

namespace HealthExchange.Api.Tests;

/// <summary>
/// The dashboard in a real browser: Debian's chromium, headless, driven by npm's playwright-core (tests/browser/
/// walk-dashboard.mjs). `./hx test` installs chromium. Screenshots of every step are kept under
/// TestResults/dashboard/ next to the test assembly.
/// </summary>
public sealed class DashboardBrowserTests(ApiWorld world) : IClassFixture<ApiWorld>
{
    [Fact]
    public async Task An_operator_clicks_from_the_home_figure_down_to_a_rejected_row_with_its_code_and_masked_ID()
    {
        var shots = Path.Combine(AppContext.BaseDirectory, "TestResults", "dashboard");
        Directory.CreateDirectory(shots);
        var browser = Path.Combine(RepositoryRoot(), "tests", "browser");
        if (!Directory.Exists(Path.Combine(browser, "node_modules", "playwright-core")))
            Assert.Equal(0, (await Run("npm", browser, "ci", "--no-audit", "--no-fund")).ExitCode);

        var (exit, stdout, stderr) = await Run("node", browser, "walk-dashboard.mjs",
            world.Address.ToString().TrimEnd('/'), world.Operator, Some.Hospital, "outpatient_visit", "H1-A", "2022-04", shots);
        Assert.True(exit == 0, stderr);

        using var result = JsonDocument.Parse(stdout);
        var root = result.RootElement;
        Assert.Equal("8", root.GetProperty("rowsUploaded").GetString());
        Assert.Equal("1", root.GetProperty("quarantined").GetString());
        // April's upload days of H320100001 are 04-10 and 04-12; its outpatient visits draw a real-time line.
        Assert.Equal(2, root.GetProperty("uploadDaysShown").GetInt32());
        Assert.Contains("outpatient_visit", root.GetProperty("lineForms").EnumerateArray().Select(form => form.GetString()));
        Assert.True(root.GetProperty("calendarWidth").GetDouble() > 100, "the calendar is not laid out");
        Assert.True(root.GetProperty("linesWidth").GetDouble() > 300, "the lines are not laid out");
        Assert.Equal("HX2111", root.GetProperty("code").GetString());
        var masked = root.GetProperty("value").GetString()!;
        Assert.Contains("*", masked, StringComparison.Ordinal);
        Assert.NotEqual(ApiWorld.BadNationalId, masked);
        Assert.DoesNotContain(ApiWorld.BadNationalId[2..12], root.GetProperty("body").GetString()!, StringComparison.Ordinal);
        Assert.EndsWith($"/institutions/{Some.Hospital}/batches/H1-A/rows/", RowlessUrl(root.GetProperty("url").GetString()!), StringComparison.Ordinal);
        foreach (var step in new[] { "1-home", "2-institution", "3-table", "4-batch", "5-rejected-row" })
            Assert.True(new FileInfo(Path.Combine(shots, step + ".png")).Length > 1000, step);
    }

    [Fact]
    public async Task A_hospital_token_lands_on_its_own_institution_and_is_refused_another_in_the_browser()
    {
        var shots = Path.Combine(AppContext.BaseDirectory, "TestResults", "dashboard");
        Directory.CreateDirectory(shots);
        var browser = Path.Combine(RepositoryRoot(), "tests", "browser");
        if (!Directory.Exists(Path.Combine(browser, "node_modules", "playwright-core")))
            Assert.Equal(0, (await Run("npm", browser, "ci", "--no-audit", "--no-fund")).ExitCode);

        var (exit, stdout, stderr) = await Run("node", browser, "hospital-scope.mjs",
            world.Address.ToString().TrimEnd('/'), world.Hospital, Some.OtherHospital, shots);
        Assert.True(exit == 0, stderr);
        using var result = JsonDocument.Parse(stdout);
        Assert.Equal($"/dashboard/institutions/{Some.Hospital}", result.RootElement.GetProperty("landed").GetString());
        Assert.Equal(403, result.RootElement.GetProperty("status").GetInt32());
        Assert.StartsWith("HX5004", result.RootElement.GetProperty("refusal").GetString(), StringComparison.Ordinal);
    }

    /// <summary>The row page's URL without its row number and query: …/batches/H1-A/rows/.</summary>
    private static string RowlessUrl(string url)
    {
        var path = new Uri(url).AbsolutePath;
        return path[..(path.LastIndexOf('/') + 1)];
    }

    private static async Task<(int ExitCode, string Stdout, string Stderr)> Run(string program, string directory, params string[] args)
    {
        var start = new ProcessStartInfo(program, args) { WorkingDirectory = directory, RedirectStandardOutput = true, RedirectStandardError = true };
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await stdout, await stderr);
    }

    private static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
            if (File.Exists(Path.Combine(directory.FullName, "HealthExchange.sln"))) return directory.FullName;
        throw new InvalidOperationException("the tests run inside the repository");
    }
}
