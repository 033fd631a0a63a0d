using Microsoft.Extensions.Logging;

namespace HealthExchange.Api.Hosting;

/// <summary>
/// Hands the web host's log events to the process's own logger factory (Serilog in `hx`), so the host's filters
/// (ASP.NET's per-request chatter kept at Warning) apply before the platform's sinks see anything.
/// </summary>
internal sealed class ForwardingLoggerProvider(ILoggerFactory target) : ILoggerProvider
{
    public ILogger CreateLogger(string categoryName) => target.CreateLogger(categoryName);

    public void Dispose()
    {
        // The factory belongs to the caller, which disposes it.
    }
}
