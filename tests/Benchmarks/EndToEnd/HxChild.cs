using System.Diagnostics;
using System.Globalization;

namespace HealthExchange.Benchmarks.EndToEnd;

/// <summary>
/// The real `hx` binary (the host's build output beside the benchmark) as a process of its own, so that its memory is
/// its own: /proc's VmRSS and VmHWM (the kernel's peak resident set) are read while it runs. Its output is drained and
/// kept (the last lines are shown if it fails); stopped with SIGTERM as an operator stops it.
/// </summary>
internal sealed class HxChild : IDisposable
{
    private readonly Process _process;
    private readonly Queue<string> _lastLines = new();

    private HxChild(Process process) => _process = process;

    public static HxChild Start(IReadOnlyDictionary<string, string> environment, params string[] args)
    {
        var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        info.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "hx.dll"));
        foreach (var arg in args) info.ArgumentList.Add(arg);
        foreach (var (name, value) in environment) info.Environment[name] = value;
        var child = new HxChild(Process.Start(info)!);
        child._process.ErrorDataReceived += (_, line) => child.Keep(line.Data);
        child._process.BeginErrorReadLine();
        return child;
    }

    public int Id => _process.Id;
    public bool HasExited => _process.HasExited;

    /// <summary>The first line of stdout (`hx broker` prints its address there); the rest is drained.</summary>
    public async Task<string> FirstLineAsync(TimeSpan timeout)
    {
        using var cancel = new CancellationTokenSource(timeout);
        var line = await _process.StandardOutput.ReadLineAsync(cancel.Token) ?? throw new InvalidOperationException("hx exited: " + LastLines);
        _ = DrainAsync();
        return line;
    }

    public void DrainStdout() => _ = DrainAsync();

    private async Task DrainAsync()
    {
        while (await _process.StandardOutput.ReadLineAsync() is { } line) Keep(line);
    }

    private void Keep(string? line)
    {
        if (line is null) return;
        lock (_lastLines)
        {
            _lastLines.Enqueue(line);
            if (_lastLines.Count > 20) _lastLines.Dequeue();
        }
    }

    public string LastLines { get { lock (_lastLines) return string.Join('\n', _lastLines); } }

    /// <summary>Resident set now and its peak so far, in bytes (Linux /proc; the kernel keeps the peak).</summary>
    public (long Rss, long PeakRss) Memory()
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
        long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) * 1024;

    public void Stop()
    {
        if (_process.HasExited) return;
        Process.Start("kill", ["-TERM", _process.Id.ToString(CultureInfo.InvariantCulture)])!.WaitForExit();
        if (!_process.WaitForExit(TimeSpan.FromSeconds(30))) _process.Kill(entireProcessTree: true);
    }

    public void Dispose()
    {
        if (!_process.HasExited) _process.Kill(entireProcessTree: true);
        _process.Dispose();
    }
}
