using System.Collections.Frozen;
using System.Text.RegularExpressions;

namespace HealthExchange.Validation.Catalogues;

/// <summary>A code table (GB/T 2261.1 sex, GB 3304 ethnicity, ...) or a structural rule such as ICD-10's.</summary>
public sealed class ValueSet
{
    public ValueSet(string id, string nameZh, string nameEn, string source, IReadOnlyDictionary<string, string> codes, string? pattern)
    {
        Id = id;
        NameZh = nameZh;
        NameEn = nameEn;
        Source = source;
        Codes = codes.ToFrozenDictionary(StringComparer.Ordinal);
        Pattern = pattern;
        _pattern = pattern is null ? null : new Regex(pattern, RegexOptions.CultureInvariant | RegexOptions.Compiled, TimeSpan.FromMilliseconds(50));
    }

    private readonly Regex? _pattern;

    public string Id { get; }
    public string NameZh { get; }
    public string NameEn { get; }
    public string Source { get; }

    /// <summary>Code → Chinese display name.</summary>
    public FrozenDictionary<string, string> Codes { get; }

    public string? Pattern { get; }

    public bool Contains(string code) =>
        _pattern is not null ? _pattern.IsMatch(code) : Codes.ContainsKey(code);
}
