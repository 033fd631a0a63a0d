namespace HealthExchange.Cda;

/// <summary>WS/T 500 shared-document identifiers shared by the CDA checks and extraction.</summary>
public static class CdaDocumentTypes
{
    /// <summary>Code system of the document type codes C0001–C0053.</summary>
    public const string CodeSystem = "2.16.156.10011.2.4";

    /// <summary>templateIds 2.16.156.10011.2.1.1.21 to .73 name the 53 document types in order.</summary>
    public const string TemplateRoot = "2.16.156.10011.2.1.1.";
}
