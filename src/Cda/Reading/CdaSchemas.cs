using System.Xml;
using System.Xml.Schema;
using HealthExchange.Validation.Catalogues;

namespace HealthExchange.Cda.Reading;

/// <summary>
/// The WS/T 500 schema set (schemas/cda/xsd/wst500_sdschemas/SDA.xsd and the core schemas it includes),
/// compiled once per process and shared: compiling takes ~150 ms, validating with it is cheap. A compiled
/// XmlSchemaSet is safe for concurrent validation.
/// </summary>
internal static class CdaSchemas
{
    private static readonly Lazy<XmlSchemaSet> Shipped = new(() => Compile(EntryPoint), LazyThreadSafetyMode.ExecutionAndPublication);

    public static string Directory => Path.Combine(SchemaPaths.Cda, "xsd");

    public static string EntryPoint => Path.Combine(Directory, "wst500_sdschemas", "SDA.xsd");

    public static XmlSchemaSet Wst500 => Shipped.Value;

    public static XmlSchemaSet Compile(string entryPoint)
    {
        var root = Path.GetDirectoryName(Path.GetDirectoryName(Path.GetFullPath(entryPoint)))!;
        var set = new XmlSchemaSet { XmlResolver = new LocalFileResolver(root) };
        var problems = new List<string>();
        set.ValidationEventHandler += (_, e) => { if (e.Severity == XmlSeverityType.Error) problems.Add(e.Message); };
        using (var reader = XmlReader.Create(entryPoint, new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null }))
            set.Add("urn:hl7-org:v3", reader);
        set.Compile();
        if (problems.Count > 0) throw new InvalidDataException($"{entryPoint}: {string.Join("; ", problems.Take(5))}");
        return set;
    }

    /// <summary>Resolves the schemas' includes to files under the shipped schema folder and nothing else.</summary>
    private sealed class LocalFileResolver(string root) : XmlUrlResolver
    {
        private readonly string _root = Path.GetFullPath(root) + Path.DirectorySeparatorChar;

        public override object? GetEntity(Uri absoluteUri, string? role, Type? ofObjectToReturn)
        {
            if (!absoluteUri.IsFile || !Path.GetFullPath(absoluteUri.LocalPath).StartsWith(_root, StringComparison.Ordinal))
                throw new XmlException($"schema reference outside {_root} refused: {absoluteUri}");
            return base.GetEntity(absoluteUri, role, ofObjectToReturn);
        }
    }
}
