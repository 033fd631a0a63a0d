namespace HealthExchange.Cda.Model;

/// <summary>What a received document turned out to be; only <see cref="Wst500"/> goes on to the content checks.</summary>
public enum DocumentKind
{
    /// <summary>The bytes could not be read as XML safely (size, encoding, DTD, well-formedness, depth).</summary>
    Unreadable,

    /// <summary>Well-formed XML whose root is not an HL7 v3 ClinicalDocument (e.g. a C-CDA section fragment).</summary>
    NotCda,

    /// <summary>A WS/T 500-2016 shared document (templateId 2.16.156.10011.2.1.1.x or code system 2.16.156.10011.2.4).</summary>
    Wst500,

    /// <summary>A WS/T 483 health-record document in its 2012 draft form (templateId root "SD.10.1").</summary>
    Wst483Draft,

    /// <summary>An HL7 C-CDA document of the US realm.</summary>
    Ccda,

    /// <summary>Some other CDA R2 document.</summary>
    OtherCda,
}

public static class DocumentKinds
{
    public static string ToWire(this DocumentKind kind) => kind switch
    {
        DocumentKind.Unreadable => "unreadable",
        DocumentKind.NotCda => "not-cda",
        DocumentKind.Wst500 => "wst500",
        DocumentKind.Wst483Draft => "wst483-draft",
        DocumentKind.Ccda => "c-cda",
        _ => "other-cda",
    };
}
