using System.Diagnostics;
using System.Runtime;

namespace HealthExchange.Benchmarks.EndToEnd;

/// <summary>
/// Brings the pipelines to the state of a service that has been up for minutes before the clock starts: every member
/// joined, every connection open, and the JIT done. The runtime promotes a method to optimised code only after 30
/// calls, so code that runs once per batch is still being recompiled after a fixed handful of warm-up batches (measured:
/// 1.15 of 2.90 CPU-s in the timed window on the ".NET Tiered Compilation" thread after 10 such batches). Full-size
/// batches are therefore sent in rounds until a round spends under 2 % of its wall time in the JIT.
/// </summary>
public static class E2eWarmUp
{
    // A round fills a group of the default size (Kafka:GroupCommitBatches), as the timed run's backlog does.
    private const int BatchesPerRound = 16;
    private const int MinimumRounds = 4;
    private const int MaximumRounds = 40;
    private const double QuietShare = 0.02;

    public static async Task RunAsync(HospitalPacing pacing, E2eWorkload workload, ReceiptWatch receipts, int batchRows)
    {
        var sent = 0;
        async Task SendPacedAsync(E2eBatch batch)
        {
            await pacing.SendAsync(batch);
            sent++;
        }

        foreach (var batch in workload.FirstContact()) await SendPacedAsync(batch);
        await receipts.UntilAsync("warm-", sent, TimeSpan.FromSeconds(300));

        var next = 0;
        for (var round = 1; round <= MaximumRounds; round++)
        {
            var jitBefore = JitInfo.GetCompilationTime();
            var started = Stopwatch.GetTimestamp();
            for (var i = 0; i < BatchesPerRound; i++) await SendPacedAsync(workload.WarmUpBatch(next++, batchRows));
            await receipts.UntilAsync("warm-", sent, TimeSpan.FromSeconds(300));
            var share = (JitInfo.GetCompilationTime() - jitBefore) / Stopwatch.GetElapsedTime(started);
            if (round >= MinimumRounds && share < QuietShare || round == MaximumRounds)
            {
                Console.WriteLine($"warm-up: {next:N0} batches of {batchRows:N0} rows in {round} rounds; the last spent {share:P1} of its time in the JIT");
                return;
            }
        }
    }
}
