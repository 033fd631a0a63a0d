namespace HealthExchange.Validation.Catalogues;

/// <summary>
/// A real-time form (实时数据表单): a record counts as real time when its first upload arrives no later
/// than <see cref="Latency"/> after its event time.
/// </summary>
public sealed record RealtimeRequirement(int Form, TimeSpan Latency);
