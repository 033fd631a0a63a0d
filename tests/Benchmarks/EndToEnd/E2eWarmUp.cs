using System.Diagnostics;
using System.Runtime;

namespace HealthExchange.Benchmarks.EndToEnd;

/// <summary>
/// Brings the pipelines to the state of a service that has been up for minutes before the clock starts: every member
/// joined, every connection open, and the JIT done. The runtime promotes a method to optimised code only after 30
/// calls, so code that runs once per batch is still being recompiled after a fixed handful of warm-up batches (measured:
/// 1.15 of 2.90 CPU-s in the timed window on the ".NET Tiered Compilation" thread after 10 such batches). Full-size
/// batches are therefore sent in rounds until a round spends under 2 % of its wall time in the JIT. A round is at least
/// 64,000 rows, whatever the batch size: the runtime promotes methods only after a quiet delay and compiles them on one
/// background thread, so a round of 16 batches of 500 rows (≈ 0.1 s) could pass as quiet while ≈ 1,500 promotions were
/// still due, and the timed run then spent 0.8–1.3 s of its 1.8–2.8 s in the JIT (perf map: RowValidator, RowWriter,
/// BinaryCopyWriter promoted to tier 1 only after the warm-up).
/// </summary>
public static class E2eWarmUp
{
    // A round fills groups of the default size (Kafka:GroupCommitBatches), as the timed run's backlog does, and lasts
    // long enough for the runtime's delayed promotions to show in its JIT share.
    private const int MinimumBatchesPerRound = 16;
    private const int MinimumRowsPerRound = 64_000;
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

        var batchesPerRound = Math.Max(MinimumBatchesPerRound, (MinimumRowsPerRound + batchRows - 1) / batchRows);
        var next = 0;
        for (var round = 1; round <= MaximumRounds; round++)
        {
            var jitBefore = JitInfo.GetCompilationTime();
            var started = Stopwatch.GetTimestamp();
            for (var i = 0; i < batchesPerRound; i++) await SendPacedAsync(workload.WarmUpBatch(next++, batchRows));
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
