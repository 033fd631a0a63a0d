using Microsoft.Extensions.Logging;
using Serilog;
using Serilog.Events;
using Serilog.Extensions.Logging;
using Serilog.Formatting.Json;

namespace HealthExchange.Host.Pipeline;

/// <summary>Serilog as the logging provider: readable text on stderr by default, JSON lines on request.</summary>
internal static class Logging
{
    public static ILoggerFactory Create(HostSettings settings)
    {
        var level = Enum.TryParse<LogEventLevel>(settings.MinimumLevel, ignoreCase: true, out var parsed) ? parsed : LogEventLevel.Information;
        var configuration = new LoggerConfiguration().MinimumLevel.Is(level)
            .MinimumLevel.Override("Npgsql", LogEventLevel.Warning)
            .Enrich.FromLogContext();
        // Logs go to stderr so that stdout carries only the command's data (report, JSON, bootstrap line).
        configuration = settings.LogFormat.Equals("json", StringComparison.OrdinalIgnoreCase)
            ? configuration.WriteTo.Console(new JsonFormatter(renderMessage: true), standardErrorFromLevel: LogEventLevel.Verbose)
            : configuration.WriteTo.Console(standardErrorFromLevel: LogEventLevel.Verbose,
                outputTemplate: "{Timestamp:HH:mm:ss} {Level:u3} {Message:lj}{NewLine}{Exception}",
                formatProvider: System.Globalization.CultureInfo.InvariantCulture);
        return new SerilogLoggerFactory(configuration.CreateLogger(), dispose: true);
    }
}
