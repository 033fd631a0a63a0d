namespace HealthExchange.Validation.Catalogues;

/// <summary>One defect of a catalogue or value-set file, with the line it stands on (1-based; 0 = the file).</summary>
public sealed record CatalogueDefect(string File, int Line, string Kind, string Message)
{
    public override string ToString() => $"{File}:{Line}: [{Kind}] {Message}";
}

/// <summary>The stable kinds of catalogue defect `hx catalogue check` reports.</summary>
internal static class CatalogueDefectKinds
{
    public const string Syntax = "syntax";
    public const string MissingField = "missing-field";
    public const string BadValue = "bad-value";
    public const string DuplicateCode = "duplicate-code";
    public const string DuplicateColumn = "duplicate-column";
    public const string UnknownValueSet = "unknown-value-set";
    public const string UnknownColumn = "unknown-column";
    public const string UnknownRule = "unknown-rule";
    public const string RoleMissing = "role-missing";
    public const string RoleRepeated = "role-repeated";
    public const string TableCount = "table-count";
    public const string RealtimeCount = "realtime-count";
}
