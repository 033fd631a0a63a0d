using System.Globalization;

namespace HealthExchange.Benchmarks.EndToEnd;

/// <summary>
/// CPU seconds spent by this process (broker, pipelines, the benchmark's producer and receipt reader) and by every
/// PostgreSQL process on the machine, so a run shows which side the time went to, not only how long it took.
/// </summary>
internal readonly record struct CpuUse(TimeSpan Process, TimeSpan Postgres)
{
    public static CpuUse Now()
    {
        return new CpuUse(System.Diagnostics.Process.GetCurrentProcess().TotalProcessorTime, PostgresCpu());
    }

    public static CpuUse operator -(CpuUse end, CpuUse start) => new(end.Process - start.Process, end.Postgres - start.Postgres);

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
                // Fields after the command: state is field 3, utime 14, stime 15.
                var fields = stat[(close + 2)..].Split(' ');
                ticks += long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture);
            }
            catch (IOException) { } // the process ended meanwhile
            catch (UnauthorizedAccessException) { }
        }
        // USER_HZ is 100 on every Linux distribution this runs on.
        return TimeSpan.FromSeconds(ticks / 100.0);
    }
}
