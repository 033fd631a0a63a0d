namespace HealthExchange.Cda.Types;

/// <summary>
/// Where one column's value comes from: a path, a constant, or a path with a default when the path finds nothing.
/// </summary>
public sealed record ColumnRule(CdaPath? Path, string? Constant, string? Default);
