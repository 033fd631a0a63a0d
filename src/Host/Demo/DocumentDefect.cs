namespace HealthExchange.Host.Demo;

/// <summary>The mistakes the demo's CDA senders make on purpose (about 1 % of documents); each rejects the document whole.</summary>
public enum DocumentDefect
{
    None,

    /// <summary>The patient's national ID carries a wrong GB 11643 check character (HX4107).</summary>
    NationalIdCheckDigit,

    /// <summary>The templateId names the next document type, not the one the code names, as some public templates do (HX4202).</summary>
    TemplateMismatch,

    /// <summary>A section the platform requires is left out: 主诉 in C0002, 出院诊断 in C0049 (HX4301).</summary>
    RequiredSectionMissing,
}
