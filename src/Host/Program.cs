using HealthExchange.Host.Cli;
using HealthExchange.Host.Commands;

namespace HealthExchange.Host;

internal static class Program
{
    public static async Task<int> Main(string[] args)
    {
        Console.OutputEncoding = System.Text.Encoding.UTF8;
        Ingest.Kafka.KafkaNativeLibrary.BindClient();
        try
        {
            var line = CommandLine.Parse(args);
            if (line.Flag("help") || line.Verb is "" or "help")
            {
                Console.Out.WriteLine(Usage.Text);
                return line.Verb == "" && !line.Flag("help") ? ExitCodes.Usage : ExitCodes.Ok;
            }
            return line.Verb switch
            {
                "demo" => await DemoCommand.RunAsync(line),
                "run" => await RunCommand.RunAsync(line),
                "broker" => await BrokerCommand.RunAsync(line),
                "push" => await PushCommand.RunAsync(line),
                "validate" => ValidateCommand.Run(line),
                "cda" => await CdaCommand.RunAsync(line),
                "report" => await ReportCommand.RunAsync(line),
                "publish" or "restatements" => await PublishCommand.RunAsync(line),
                "catalogue" => CatalogueCommand.Run(line),
                "institutions" => await InstitutionsCommand.RunAsync(line),
                "reprocess" => await ReprocessCommand.RunAsync(line),
                "dlq" => await DeadLetterCommand.RunAsync(line),
                "alerts" => await AlertsCommand.RunAsync(line),
                "serve" => await ServeCommand.RunAsync(line),
                "tokens" => await TokensCommand.RunAsync(line),
                "province" => await ProvinceCommand.RunAsync(line),
                "history" => await HistoryCommand.RunAsync(line),
                _ => throw new UsageException($"unknown command '{line.Verb}'"),
            };
        }
        catch (UsageException error)
        {
            await Console.Error.WriteLineAsync($"hx: {error.Message}{Environment.NewLine}{Environment.NewLine}{Usage.Text}");
            return ExitCodes.Usage;
        }
        catch (Npgsql.PostgresException error) when (error.SqlState == Npgsql.PostgresErrorCodes.UndefinedTable)
        {
            // A reader pointed at a database the platform never set up: say so instead of printing a stack.
            await Console.Error.WriteLineAsync("hx: this database has no platform tables yet (42P01): start `hx run` once, or run `hx institutions import`, against it first");
            return ExitCodes.RuntimeFailure;
        }
        catch (Npgsql.NpgsqlException error) when (error.InnerException is System.Net.Sockets.SocketException)
        {
            await Console.Error.WriteLineAsync($"hx: cannot reach PostgreSQL ({error.InnerException.Message}): check --db / HX_Database__ConnectionString, or `./hx db start`");
            return ExitCodes.RuntimeFailure;
        }
        catch (Exception error) when (error is not OutOfMemoryException)
        {
            await Console.Error.WriteLineAsync($"hx: failed: {error.GetType().Name}: {error.Message}");
            if (Environment.GetEnvironmentVariable("HX_DEBUG") is { Length: > 0 }) await Console.Error.WriteLineAsync(error.ToString());
            else await Console.Error.WriteLineAsync("hx: set HX_DEBUG=1 for the stack trace");
            return ExitCodes.RuntimeFailure;
        }
    }
}
