using System.Runtime.InteropServices;

namespace HealthExchange.Host.Commands;

/// <summary>A cancellation token that fires on Ctrl+C and SIGTERM, so services close their Kafka consumers cleanly.</summary>
internal sealed class Shutdown : IDisposable
{
    private readonly CancellationTokenSource _source = new();
    private readonly PosixSignalRegistration _sigterm;

    public Shutdown()
    {
        Console.CancelKeyPress += OnCancel;
        _sigterm = PosixSignalRegistration.Create(PosixSignal.SIGTERM, context => { context.Cancel = true; _source.Cancel(); });
    }

    public CancellationToken Token => _source.Token;

    private void OnCancel(object? sender, ConsoleCancelEventArgs e)
    {
        e.Cancel = true;
        _source.Cancel();
    }

    public void Dispose()
    {
        Console.CancelKeyPress -= OnCancel;
        _sigterm.Dispose();
        _source.Dispose();
    }
}
