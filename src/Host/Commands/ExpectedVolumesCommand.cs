using HealthExchange.Host.Cli;
using HealthExchange.Metrics.Expected;
using Npgsql;

namespace HealthExchange.Host.Commands;

/// <summary>`hx institutions expected import FILE.csv`: the denominators of the 上传率 (statistical reporting), per institution and month.</summary>
internal static class ExpectedVolumesCommand
{
    public static async Task<int> RunAsync(CommandLine line, NpgsqlDataSource dataSource)
    {
        if (line.Positionals(2) is not ["import", var path])
            throw new UsageException("hx institutions expected import FILE.csv (" + string.Join(',', ExpectedVolumeCsv.Header) + ")");
        IReadOnlyList<ExpectedVolumes> volumes;
        try { volumes = ExpectedVolumeCsv.Read(path); }
        catch (Exception error) when (error is InvalidDataException or FileNotFoundException)
        {
            await Console.Error.WriteLineAsync($"hx: {error.Message}");
            return ExitCodes.InputErrors;
        }
        try { await new ExpectedVolumeStore(dataSource).ImportAsync(volumes, CancellationToken.None); }
        catch (InvalidDataException error)
        {
            await Console.Error.WriteLineAsync($"hx: {path}: {error.Message}; nothing imported");
            return ExitCodes.InputErrors;
        }
        await Console.Error.WriteLineAsync($"imported {volumes.Count} expected volumes (institution × month)");
        return ExitCodes.Ok;
    }
}
