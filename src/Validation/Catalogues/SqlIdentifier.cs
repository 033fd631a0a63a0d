using System.Text.RegularExpressions;

namespace HealthExchange.Validation.Catalogues;

/// <summary>
/// Table and column codes become PostgreSQL identifiers. Only names that pass this check ever reach SQL,
/// so no identifier from a sender's message can.
/// </summary>
public static partial class SqlIdentifier
{
    [GeneratedRegex("^[a-z][a-z0-9_]{0,40}$")]
    private static partial Regex Shape();

    /// <summary>System columns the loader adds to every data table; a catalogue may not define them.</summary>
    public static readonly IReadOnlySet<string> Reserved = new HashSet<string>(StringComparer.Ordinal)
    {
        "institution_code", "batch_id", "row_no", "first_uploaded_at", "uploaded_at", "loaded_at",
        "source_kind", "source_document_id",
    };

    public static bool IsValid(string name) => Shape().IsMatch(name);
}
