using System.Globalization;

namespace HealthExchange.Benchmarks.EndToEnd;

/// <summary>
/// CPU seconds spent by this process (broker, pipelines, the benchmark's producer and receipt reader) and by every
/// PostgreSQL process on the machine, so a run shows which side the time went to, not only how long it took; and this
/// process's time by kind of thread (JIT, GC, librdkafka, the thread pool that runs the pipelines), so the client's
/// share can be told apart from the runtime's and the in-process broker's.
/// </summary>
internal readonly record struct CpuUse(TimeSpan Process, TimeSpan Postgres, IReadOnlyDictionary<string, long> ThreadTicks)
{
    public static CpuUse Now()
    {
        return new CpuUse(System.Diagnostics.Process.GetCurrentProcess().TotalProcessorTime, PostgresCpu(), OwnThreads());
    }

    public static CpuUse operator -(CpuUse end, CpuUse start) =>
        new(end.Process - start.Process, end.Postgres - start.Postgres,
            end.ThreadTicks.ToDictionary(thread => thread.Key, thread => thread.Value - start.ThreadTicks.GetValueOrDefault(thread.Key)));

    /// <summary>
    /// This process's CPU seconds by kind of thread, largest first. Threads that ended before the end of the run are
    /// missing (so the kinds may add up to less than <see cref="Process"/>).
    /// </summary>
    public IEnumerable<(string Kind, TimeSpan Cpu)> ByKind() =>
        ThreadTicks.GroupBy(thread => Kind(thread.Key[(thread.Key.IndexOf(' ', StringComparison.Ordinal) + 1)..]))
            .Select(kind => (kind.Key, TimeSpan.FromSeconds(kind.Sum(thread => thread.Value) / 100.0)))
            .Where(kind => kind.Item2 > TimeSpan.Zero).OrderByDescending(kind => kind.Item2);

    private static string Kind(string name) => name switch
    {
        _ when name.StartsWith(".NET Tiered", StringComparison.Ordinal) => "JIT (tiered compilation)",
        _ when name.StartsWith(".NET BGC", StringComparison.Ordinal) || name.StartsWith(".NET Server GC", StringComparison.Ordinal) => "GC",
        _ when name.StartsWith("rdk:", StringComparison.Ordinal) => "librdkafka (mock broker, producer, consumers)",
        _ when name.StartsWith(".NET TP Worker", StringComparison.Ordinal) => "thread pool (pipelines, producer, receipt reader)",
        _ => "other threads (" + name + ")",
    };

    /// <summary>utime + stime per thread of this process, keyed by "tid name" (Linux /proc; empty elsewhere).</summary>
    private static Dictionary<string, long> OwnThreads()
    {
        var threads = new Dictionary<string, long>(StringComparer.Ordinal);
        if (!Directory.Exists("/proc/self/task")) return threads;
        foreach (var directory in Directory.EnumerateDirectories("/proc/self/task"))
        {
            try
            {
                var name = File.ReadAllText(Path.Combine(directory, "comm")).Trim();
                if (Ticks(File.ReadAllText(Path.Combine(directory, "stat"))) is { } ticks) threads[Path.GetFileName(directory) + " " + name] = ticks;
            }
            catch (IOException) { } // the thread ended meanwhile
        }
        return threads;
    }

    /// <summary>utime + stime of a /proc stat line: fields after the command, state is field 3, utime 14, stime 15.</summary>
    private static long? Ticks(string stat)
    {
        var close = stat.LastIndexOf(')');
        if (close < 0) return null;
        var fields = stat[(close + 2)..].Split(' ');
        return long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture);
    }

    /// <summary>utime + stime of every process whose command is postgres (Linux /proc; zero elsewhere).</summary>
    private static TimeSpan PostgresCpu()
    {
        long ticks = 0;
        if (!Directory.Exists("/proc")) return TimeSpan.Zero;
        foreach (var directory in Directory.EnumerateDirectories("/proc"))
        {
            try
            {
                var stat = File.ReadAllText(Path.Combine(directory, "stat"));
                var close = stat.LastIndexOf(')');
                if (close < 0 || !stat.AsSpan(0, close).EndsWith("(postgres", StringComparison.Ordinal)) continue;
                ticks += Ticks(stat) ?? 0;
            }
            catch (IOException) { } // the process ended meanwhile
            catch (UnauthorizedAccessException) { }
        }
        // USER_HZ is 100 on every Linux distribution this runs on.
        return TimeSpan.FromSeconds(ticks / 100.0);
    }
}
