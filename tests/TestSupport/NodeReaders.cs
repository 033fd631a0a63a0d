using System.Diagnostics;
using Xunit;

namespace HealthExchange.TestSupport;

/// <summary>Runs a script of tests/readers under node, installing its locked npm dependencies first when they are missing.</summary>
public static class NodeReaders
{
    private static readonly SemaphoreSlim Install = new(1, 1);

    public static async Task<string> RunAsync(string script, params string[] arguments)
    {
        var readers = Path.Combine(RepositoryRoot(), "tests", "readers");
        await Install.WaitAsync();
        try
        {
            if (!Directory.Exists(Path.Combine(readers, "node_modules", "@asymmetrik", "fhir-json-schema-validator")))
                Assert.Equal(0, (await Run("npm", readers, "ci", "--no-audit", "--no-fund")).ExitCode);
        }
        finally
        {
            Install.Release();
        }
        var (exit, stdout, stderr) = await Run("node", readers, [script, .. arguments]);
        Assert.True(exit == 0, stderr);
        return stdout;
    }

    private static async Task<(int ExitCode, string Stdout, string Stderr)> Run(string program, string directory, params string[] args)
    {
        var start = new ProcessStartInfo(program, args) { WorkingDirectory = directory, RedirectStandardOutput = true, RedirectStandardError = true };
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await stdout, await stderr);
    }

    private static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
            if (File.Exists(Path.Combine(directory.FullName, "HealthExchange.sln"))) return directory.FullName;
        throw new InvalidOperationException("the tests run inside the repository");
    }
}
