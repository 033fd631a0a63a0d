using System.Diagnostics;
using System.Text;

namespace HealthExchange.TestSupport;

/// <summary>
/// Runs the real `hx` binary (the host's build output beside the tests and benchmarks) as a separate process, so that
/// what it does — and, for the benchmarks, the memory it holds — is its own.
/// </summary>
public sealed class HxProcess : IDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _stderr = new();

    private HxProcess(Process process) => _process = process;

    public static string HostDll => Path.Combine(AppContext.BaseDirectory, "hx.dll");

    public static HxProcess Start(params string[] args)
    {
        var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        info.ArgumentList.Add(HostDll);
        foreach (var arg in args) info.ArgumentList.Add(arg);
        info.Environment["HX_Database__ConnectionString"] = Environment.GetEnvironmentVariable("HX_Database__ConnectionString");
        var process = Process.Start(info)!;
        var hx = new HxProcess(process);
        process.ErrorDataReceived += (_, e) => { lock (hx._stderr) hx._stderr.AppendLine(e.Data); };
        process.BeginErrorReadLine();
        return hx;
    }

    /// <summary>Runs to completion; returns the exit code and stdout.</summary>
    public static async Task<(int ExitCode, string Stdout, string Stderr)> RunAsync(params string[] args)
    {
        using var hx = Start(args);
        var stdout = await hx._process.StandardOutput.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await hx._process.WaitForExitAsync(timeout.Token);
        return (hx._process.ExitCode, stdout, hx.Stderr);
    }

    /// <summary>Runs to completion and returns stdout as raw bytes (for commands whose output is a file, e.g. `hx cda get`).</summary>
    public static async Task<(int ExitCode, byte[] Stdout, string Stderr)> RunBytesAsync(params string[] args)
    {
        using var hx = Start(args);
        using var buffer = new MemoryStream();
        await hx._process.StandardOutput.BaseStream.CopyToAsync(buffer);
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await hx._process.WaitForExitAsync(timeout.Token);
        return (hx._process.ExitCode, buffer.ToArray(), hx.Stderr);
    }

    public string? ReadLine() => _process.StandardOutput.ReadLine();

    public bool HasExited => _process.HasExited;

    /// <summary>Resident set now and its peak so far (the kernel's VmHWM), in bytes; Linux /proc.</summary>
    public (long Rss, long PeakRss) ResidentSet()
    {
        long rss = 0, peak = 0;
        foreach (var line in File.ReadLines($"/proc/{_process.Id}/status"))
        {
            if (line.StartsWith("VmRSS:", StringComparison.Ordinal)) rss = Kibibytes(line);
            else if (line.StartsWith("VmHWM:", StringComparison.Ordinal)) peak = Kibibytes(line);
        }
        return (rss, peak);
    }

    private static long Kibibytes(string line) =>
        long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], System.Globalization.CultureInfo.InvariantCulture) * 1024;

    /// <summary>The API address `hx run` announces on stderr ("…, API on http://HOST:PORT/; …"), once it is up.</summary>
    public async Task<Uri> ApiAddressAsync()
    {
        var deadline = DateTime.UtcNow.AddMinutes(2);
        while (DateTime.UtcNow < deadline)
        {
            var match = System.Text.RegularExpressions.Regex.Match(Stderr, @"API on (http://[^;\s]+)");
            if (match.Success) return new Uri(match.Groups[1].Value);
            if (_process.HasExited) break;
            await Task.Delay(100);
        }
        throw new TimeoutException("no API address announced: " + Stderr);
    }

    public string Stderr { get { lock (_stderr) return _stderr.ToString(); } }

    /// <summary>Stops a long-running command the way an operator does: SIGTERM, then waits for a clean exit.</summary>
    public int Stop()
    {
        if (!_process.HasExited)
        {
            Process.Start("kill", ["-TERM", _process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)])!.WaitForExit();
            if (!_process.WaitForExit(TimeSpan.FromSeconds(30))) _process.Kill(entireProcessTree: true);
        }
        return _process.ExitCode;
    }

    public void Dispose()
    {
        if (!_process.HasExited) _process.Kill(entireProcessTree: true);
        _process.Dispose();
    }
}
