namespace HealthExchange.Host.Demo;

/// <summary>One simulated upload on hx.tables: a CSV batch of one table, stamped with the time it is uploaded.</summary>
internal sealed record DemoBatch(string Institution, string Table, string BatchId, DateTimeOffset UploadedAt, byte[] Csv, int Rows, int InvalidRows)
    : DemoUpload(Institution, UploadedAt);
