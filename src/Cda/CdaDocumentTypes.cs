namespace HealthExchange.Cda;

/// <summary>WS/T 500 shared-document identifiers shared by the CDA checks and extraction.</summary>
public static class CdaDocumentTypes
{
    /// <summary>Code system of the document type codes C0001–C0053.</summary>
    public const string CodeSystem = "2.16.156.10011.2.4";

    /// <summary>templateIds 2.16.156.10011.2.1.1.21 to .73 name the 53 document types in order.</summary>
    public const string TemplateRoot = "2.16.156.10011.2.1.1.";

    /// <summary>Code system of the WS 363 data elements (DE02.01.039.00 ...).</summary>
    public const string DataElementSystem = "2.16.156.10011.2.2.1";

    /// <summary>LOINC, the code system of section codes.</summary>
    public const string Loinc = "2.16.840.1.113883.6.1";

    public const string DocumentIdRoot = "2.16.156.10011.1.1";
    public const string NationalIdRoot = "2.16.156.10011.1.3";
    public const string OrganizationRoot = "2.16.156.10011.1.5";
    public const string TypeIdRoot = "2.16.840.1.113883.1.3";
    public const string TypeIdExtension = "POCD_MT000040";
}
