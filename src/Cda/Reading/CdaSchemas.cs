using System.Xml;
using System.Xml.Linq;
using System.Xml.Schema;
using HealthExchange.Validation.Catalogues;

namespace HealthExchange.Cda.Reading;

/// <summary>
/// The WS/T 500 schema set (schemas/cda/xsd/wst500_sdschemas/SDA.xsd and the core schemas it includes),
/// compiled once per process and shared: compiling takes ~150 ms, validating with it is cheap. A compiled
/// XmlSchemaSet is safe for concurrent validation. The vocabulary's unions are compiled as the single enumerations
/// they denote (<see cref="VocabularyUnions"/>): the same documents are valid, checked at a fraction of the cost.
/// </summary>
internal static class CdaSchemas
{
    private static readonly Lazy<XmlSchemaSet> Shipped = new(() => Compile(EntryPoint), LazyThreadSafetyMode.ExecutionAndPublication);

    public static string Directory => Path.Combine(SchemaPaths.Cda, "xsd");

    public static string EntryPoint => Path.Combine(Directory, "wst500_sdschemas", "SDA.xsd");

    public static XmlSchemaSet Wst500 => Shipped.Value;

    /// <summary>
    /// Reader settings that validate against <paramref name="schemas"/> the one way the platform does: no DTD, no
    /// resolver, and never a schema the document itself names (xsi:schemaLocation, inline schemas).
    /// </summary>
    public static XmlReaderSettings Validating(XmlSchemaSet schemas) => new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        ValidationType = ValidationType.Schema,
        Schemas = schemas,
        ValidationFlags = XmlSchemaValidationFlags.None,
    };

    /// <param name="flattenUnions">false compiles the files exactly as written (for the equivalence tests).</param>
    public static XmlSchemaSet Compile(string entryPoint, bool flattenUnions = true)
    {
        var root = Path.GetDirectoryName(Path.GetDirectoryName(Path.GetFullPath(entryPoint)))!;
        var set = new XmlSchemaSet { XmlResolver = new LocalFileResolver(root, flattenUnions) };
        var problems = new List<string>();
        set.ValidationEventHandler += (_, e) => { if (e.Severity == XmlSeverityType.Error) problems.Add(e.Message); };
        var entryUri = new Uri(Path.GetFullPath(entryPoint));
        using (var stream = ReadSchema(entryUri, flattenUnions))
        using (var reader = XmlReader.Create(stream, SchemaFileSettings, entryUri.AbsoluteUri))
            set.Add("urn:hl7-org:v3", reader);
        set.Compile();
        if (problems.Count > 0) throw new InvalidDataException($"{entryPoint}: {string.Join("; ", problems.Take(5))}");
        return set;
    }

    private static readonly XmlReaderSettings SchemaFileSettings = new() { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null };

    /// <summary>One schema file's text, its vocabulary unions flattened when asked.</summary>
    private static Stream ReadSchema(Uri file, bool flattenUnions)
    {
        var stream = File.OpenRead(file.LocalPath);
        if (!flattenUnions) return stream;
        XDocument original;
        using (stream)
        using (var reader = XmlReader.Create(stream, SchemaFileSettings, file.AbsoluteUri))
            original = XDocument.Load(reader);
        var flattened = new MemoryStream();
        VocabularyUnions.Flatten(original).Schema.Save(flattened, SaveOptions.DisableFormatting);
        flattened.Position = 0;
        return flattened;
    }

    /// <summary>Resolves the schemas' includes to files under the shipped schema folder and nothing else.</summary>
    private sealed class LocalFileResolver(string root, bool flattenUnions) : XmlUrlResolver
    {
        private readonly string _root = Path.GetFullPath(root) + Path.DirectorySeparatorChar;

        public override object? GetEntity(Uri absoluteUri, string? role, Type? ofObjectToReturn)
        {
            if (!absoluteUri.IsFile || !Path.GetFullPath(absoluteUri.LocalPath).StartsWith(_root, StringComparison.Ordinal))
                throw new XmlException($"schema reference outside {_root} refused: {absoluteUri}");
            if (ofObjectToReturn is not null && ofObjectToReturn != typeof(Stream))
                throw new XmlException($"schema reference {absoluteUri} asked for {ofObjectToReturn}, not a stream");
            return ReadSchema(absoluteUri, flattenUnions);
        }
    }
}
