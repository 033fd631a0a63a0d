using System.Globalization;
using HealthExchange.Host.Broker;
using HealthExchange.Host.Cli;
using HealthExchange.Host.Pipeline;

namespace HealthExchange.Host.Commands;

/// <summary>`hx broker`: keeps an embedded Kafka-protocol broker up until stopped; the first stdout line is its address.</summary>
internal static class BrokerCommand
{
    public static async Task<int> RunAsync(CommandLine line)
    {
        var partitions = int.Parse(line.Option("partitions") ?? "8", CultureInfo.InvariantCulture);
        var settings = HostSettings.Load(line);
        using var cluster = new MockCluster();
        EmbeddedTopics.Create(cluster, settings.Kafka, partitions);
        Console.Out.WriteLine($"bootstrap={cluster.BootstrapServers}");
        Console.Out.Flush();
        Console.Error.WriteLine("librdkafka mock cluster: in memory only, at most 5 MiB per partition is retained. Ctrl+C stops it.");
        using var shutdown = new Shutdown();
        try { await Task.Delay(Timeout.Infinite, shutdown.Token); }
        catch (OperationCanceledException) { }
        return ExitCodes.Ok;
    }
}
