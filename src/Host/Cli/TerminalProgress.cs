namespace HealthExchange.Host.Cli;

/// <summary>
/// "label n/total" on one self-overwriting line of stderr, for long CLI work — only when stderr is a terminal, so a
/// script that captures stderr, and stdout (where --format json goes) at any time, never sees it.
/// </summary>
internal sealed class TerminalProgress : IDisposable
{
    private readonly string _label;
    private readonly int _total;
    private readonly bool _shown;
    private readonly Lock _gate = new();
    private int _done;
    private int _width;

    private TerminalProgress(string label, int total, bool shown) => (_label, _total, _shown) = (label, total, shown);

    /// <param name="total">The count when known up front; 0 when the work reports it (<see cref="Report"/>). Nothing is shown for a single item.</param>
    public static TerminalProgress Start(string label, int total) => new(label, total, !Console.IsErrorRedirected);

    /// <summary>Reports progress as the (done, total) a long operation counts itself.</summary>
    public void Report(int done, int total)
    {
        lock (_gate) { _done = done; Draw(total); }
    }

    public void Advance()
    {
        lock (_gate) { _done++; Draw(_total); }
    }

    /// <summary>A line of its own on stderr, written above the progress line rather than through it.</summary>
    public void WriteLine(string text) => Above(() => Console.Error.WriteLine(text));

    /// <summary>Runs <paramref name="write"/> (a line to stdout or stderr) with the progress line cleared, then redraws it.</summary>
    public void Above(Action write)
    {
        lock (_gate)
        {
            var drawn = _width > 0;
            Clear();
            write();
            if (drawn) Draw(_shownTotal);
        }
    }

    public void Dispose()
    {
        lock (_gate) Clear();
    }

    private int _shownTotal;

    private void Draw(int total)
    {
        if (!_shown || total <= 1) return;
        _shownTotal = total;
        var text = $"{_label} {_done}/{total}";
        Console.Error.Write("\r" + text.PadRight(_width));
        _width = Math.Max(_width, text.Length);
    }

    private void Clear()
    {
        if (!_shown || _width == 0) return;
        Console.Error.Write("\r" + new string(' ', _width) + "\r");
        _width = 0;
    }
}
