namespace HealthExchange.Host.Demo;

/// <summary>One simulated upload of one institution, stamped with the time it is uploaded (its Kafka timestamp).</summary>
public abstract record DemoUpload(string Institution, DateTimeOffset UploadedAt);
