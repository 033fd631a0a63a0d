namespace HealthExchange.Cda;

/// <summary>
/// Limits and switches for CDA documents (configuration section "Cda"). The limits bound what one hostile
/// document can cost the consumer: bytes are checked before parsing, characters and depth while parsing.
/// </summary>
public sealed class CdaOptions
{
    /// <summary>Documents larger than this are rejected unread (HX4001). A typical WS/T 500 document is 10–100 KB.</summary>
    public int MaxDocumentBytes { get; set; } = 20 * 1024 * 1024;

    /// <summary>Deepest element nesting accepted (HX4006). Real WS/T 500 documents stay below 20.</summary>
    public int MaxDepth { get; set; } = 100;

    /// <summary>Characters allowed from entity expansion. DTDs are prohibited, so only the five predefined entities exist.</summary>
    public long MaxCharactersFromEntities { get; set; } = 1024;

    /// <summary>Validate against the WS/T 500 schema (schemas/cda/xsd/wst500_sdschemas/SDA.xsd). On by default.</summary>
    public bool SchemaValidation { get; set; } = true;

    /// <summary>At most this many schema findings are listed per document; the rest are counted in one last finding.</summary>
    public int MaxSchemaIssues { get; set; } = 50;
}
