using System.Diagnostics;
using Xunit;

namespace HealthExchange.EndToEnd.Tests;

/// <summary>
/// The `hx` script itself: a warm command skips `dotnet build` when no source, project or schema file changed
/// since the last build, and rebuilds (saying why) when one did. `dotnet` is a recording stand-in on PATH for
/// `build` only — the test must not rebuild the tree it runs from — and the real one for everything else.
/// </summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")] // a bash script, run as on the platform's Linux hosts
public sealed class WarmStartTests : IDisposable
{
    private readonly string _state = Directory.CreateTempSubdirectory("hx-state-").FullName;
    private readonly string _bin = Directory.CreateTempSubdirectory("hx-fake-dotnet-").FullName;
    private string BuildLog => Path.Combine(_bin, "builds.log");
    private string Stamp => Path.Combine(_state, "build-Release.stamp");

    public WarmStartTests()
    {
        var real = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet";
        File.WriteAllText(Path.Combine(_bin, "dotnet"),
            $"#!/usr/bin/env bash\nif [ \"$1\" = build ]; then echo \"$*\" >> '{BuildLog}'; exit 0; fi\nexec '{real}' \"$@\"\n");
        File.SetUnixFileMode(Path.Combine(_bin, "dotnet"), UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
    }

    [Fact]
    public async Task A_warm_command_does_not_rebuild_and_a_changed_source_file_does()
    {
        var source = Path.Combine(RepositoryRoot, "src", "Validation", "Validation.csproj");
        File.WriteAllText(Stamp, "");
        File.SetLastWriteTimeUtc(Stamp, File.GetLastWriteTimeUtc(source).AddMinutes(-1));

        var stale = await RunScriptAsync("catalogue", "list", "--kind", "hospital");
        Assert.Equal(0, stale.ExitCode);
        Assert.Contains("building (Release): ", stale.Stderr, StringComparison.Ordinal);
        Assert.Single(File.ReadAllLines(BuildLog));
        Assert.Contains("outpatient_visit", stale.Stdout, StringComparison.Ordinal);

        var warm = await RunScriptAsync("catalogue", "list", "--kind", "hospital");
        Assert.Equal(0, warm.ExitCode);
        Assert.DoesNotContain("building", warm.Stderr, StringComparison.Ordinal);
        Assert.Single(File.ReadAllLines(BuildLog));
        Assert.Equal(stale.Stdout, warm.Stdout);

        var check = await RunScriptAsync("build", "--check");
        Assert.Equal((0, "up to date"), (check.ExitCode, check.Stdout.Trim()));
        File.SetLastWriteTimeUtc(Stamp, File.GetLastWriteTimeUtc(source).AddMinutes(-1));
        check = await RunScriptAsync("build", "--check");
        Assert.Equal(1, check.ExitCode);
        var changed = Path.Combine(RepositoryRoot, check.Stdout.Trim());
        Assert.True(File.GetLastWriteTimeUtc(changed) > File.GetLastWriteTimeUtc(Stamp), changed);
    }

    private async Task<(int ExitCode, string Stdout, string Stderr)> RunScriptAsync(params string[] args)
    {
        var info = new ProcessStartInfo(Path.Combine(RepositoryRoot, "hx")) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in args) info.ArgumentList.Add(arg);
        info.Environment["HX_STATE"] = _state;
        info.Environment["HX_CONFIGURATION"] = "Release";
        info.Environment["PATH"] = _bin + ":" + Environment.GetEnvironmentVariable("PATH");
        using var process = Process.Start(info)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await stdout, await stderr);
    }

    private static string RepositoryRoot
    {
        get
        {
            for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
                if (File.Exists(Path.Combine(folder.FullName, "HealthExchange.sln"))) return folder.FullName;
            throw new DirectoryNotFoundException("the repository root (HealthExchange.sln) above " + AppContext.BaseDirectory);
        }
    }

    public void Dispose()
    {
        Directory.Delete(_state, recursive: true);
        Directory.Delete(_bin, recursive: true);
    }
}
