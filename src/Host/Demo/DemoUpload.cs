namespace HealthExchange.Host.Demo;

/// <summary>One simulated upload of one institution, stamped with the time it is uploaded (its Kafka timestamp).</summary>
internal abstract record DemoUpload(string Institution, DateTimeOffset UploadedAt);
