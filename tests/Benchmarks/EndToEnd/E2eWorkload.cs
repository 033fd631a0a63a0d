using System.Globalization;
using System.Text;
using Confluent.Kafka;
using HealthExchange.Ingest.Envelope;

namespace HealthExchange.Benchmarks.EndToEnd;

/// <summary>One table batch as a hospital sends it.</summary>
public sealed record E2eBatch(string Institution, string BatchId, byte[] Csv, int Rows)
{
    /// <summary>The Kafka record: the contract's headers, keyed by the institution, uploaded at the workload's time.</summary>
    public Message<string?, byte[]> ToMessage()
    {
        var message = new Message<string?, byte[]> { Key = Institution, Value = Csv, Headers = [], Timestamp = new Timestamp(E2eWorkload.UploadedAt) };
        WireHeaders.Set(message.Headers, WireHeaders.Institution, Institution);
        WireHeaders.Set(message.Headers, WireHeaders.Table, Some.OutpatientTable.Code);
        WireHeaders.Set(message.Headers, WireHeaders.Format, "csv");
        WireHeaders.Set(message.Headers, WireHeaders.Batch, BatchId);
        return message;
    }
}

/// <summary>
/// The batches of an end-to-end run: outpatient visits of April 2022 from several hospitals, each hospital's
/// visit numbers its own. Mixed: 5 % of each later batch corrects rows an earlier batch of that hospital sent,
/// 1 % carry an impossible birth date (quarantined), and the first batch is sent a second time at the end.
/// </summary>
public sealed class E2eWorkload
{
    public static readonly DateTimeOffset UploadedAt = Some.Shanghai(2022, 5, 1);
    private static readonly DateOnly FirstDay = new(2022, 4, 1);

    public required IReadOnlyList<E2eBatch> Batches { get; init; }
    public required IReadOnlyList<string> Hospitals { get; init; }

    /// <summary>Rows whose keys end up in the table: the ceiling's COPY loads exactly these.</summary>
    public required IReadOnlyList<(string Institution, Dictionary<string, string> Row)> DistinctRows { get; init; }

    public long SentRows => Batches.Sum(batch => (long)batch.Rows);

    /// <summary>Corrections and invalid rows among new ones (<c>--mixed</c>): the warm-up mixes its batches alike.</summary>
    public bool Mixed { get; init; }
    public long InvalidRows { get; init; }
    public long CorrectionRows { get; init; }

    public static E2eWorkload Build(int rows, int batchRows, int hospitalCount, bool mixed)
    {
        var hospitals = Enumerable.Range(1, hospitalCount).Select(i => $"H3201{i:D5}").ToList();
        var batches = new List<E2eBatch>();
        var distinct = new List<(string, Dictionary<string, string>)>();
        var sentBy = hospitals.ToDictionary(h => h, _ => new List<Dictionary<string, string>>());
        long invalid = 0, corrections = 0;
        var batchCount = (rows + batchRows - 1) / batchRows;
        for (var b = 0; b < batchCount; b++)
        {
            var hospital = hospitals[b % hospitals.Count];
            var earlier = sentBy[hospital];
            var size = Math.Min(batchRows, rows - b * batchRows);
            var batchRowsList = new List<Dictionary<string, string>>(size);
            for (var i = 0; i < size; i++)
            {
                if (mixed && earlier.Count > 0 && i % 20 == 0)
                {
                    // A correction: an earlier row's key and event time with a new fee.
                    var corrected = new Dictionary<string, string>(earlier[(i * 7919 + b) % earlier.Count]) { ["fee_total"] = (200 + i % 100).ToString(CultureInfo.InvariantCulture) + ".50" };
                    batchRowsList.Add(corrected);
                    corrections++;
                    continue;
                }
                var n = b * batchRows + i;
                var row = Some.OutpatientRow(string.Create(CultureInfo.InvariantCulture, $"V{n:D9}"),
                    FirstDay.AddDays(n % 28).ToDateTime(new TimeOnly(8, 0)).AddSeconds(n % 36000));
                if (mixed && i % 100 == 50)
                {
                    row["birth_date"] = "1980-13-45";
                    invalid++;
                }
                else
                {
                    distinct.Add((hospital, row));
                    earlier.Add(row);
                }
                batchRowsList.Add(row);
            }
            batches.Add(new E2eBatch(hospital, $"e2e-{b:D5}", Encoding.UTF8.GetBytes(Some.Csv(Some.OutpatientTable, batchRowsList)), size));
        }
        if (mixed) batches.Add(batches[0]);
        return new E2eWorkload { Batches = batches, Hospitals = hospitals, DistinctRows = distinct, InvalidRows = invalid, CorrectionRows = corrections, Mixed = mixed };
    }

    /// <summary>Sent and answered before anything else: one small batch per hospital (group join, warm connections).</summary>
    public IEnumerable<E2eBatch> FirstContact()
    {
        foreach (var hospital in Hospitals)
        {
            var rows = Enumerable.Range(0, 28).Select(d => Some.OutpatientRow($"W{hospital}{d:D2}", FirstDay.AddDays(d).ToDateTime(new TimeOnly(7, 0)))).ToList();
            yield return new E2eBatch(hospital, "warm-" + hospital, Encoding.UTF8.GetBytes(Some.Csv(Some.OutpatientTable, rows)), rows.Count);
        }
    }

    /// <summary>
    /// Warm-up batch number <paramref name="b"/>, full size, keys of its own: sent before the clock until the JIT has
    /// gone quiet (<see cref="E2eWarmUp"/>), so the run measures a service that has been up for minutes.
    /// </summary>
    /// <remarks>
    /// Mixed, as the timed run is (so that the split and the merge of corrections are warm too): 5 % of the rows correct
    /// the same hospital's previous warm-up batch, and 1 % carry an impossible birth date.
    /// </remarks>
    public E2eBatch WarmUpBatch(int b, int batchRows)
    {
        var hospital = Hospitals[b % Hospitals.Count];
        Dictionary<string, string> Row(int batch, int i) => Some.OutpatientRow($"W{batch:D4}-{i:D5}",
            FirstDay.AddDays(i % 28).ToDateTime(new TimeOnly(6, 0)).AddSeconds(i % 3600));
        var previous = b - Hospitals.Count;
        var rows = Enumerable.Range(0, batchRows).Select(i =>
        {
            if (!Mixed) return Row(b, i);
            if (previous >= 0 && i % 20 == 0) return new Dictionary<string, string>(Row(previous, i)) { ["fee_total"] = "321.50" };
            var row = Row(b, i);
            if (i % 100 == 50) row["birth_date"] = "1980-13-45";
            return row;
        }).ToList();
        return new E2eBatch(hospital, $"warm-{b:D4}", Encoding.UTF8.GetBytes(Some.Csv(Some.OutpatientTable, rows)), rows.Count);
    }
}
