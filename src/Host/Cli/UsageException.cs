namespace HealthExchange.Host.Cli;

/// <summary>The command line was wrong: exit code 2 with the message and the usage text.</summary>
internal sealed class UsageException(string message) : Exception(message);
