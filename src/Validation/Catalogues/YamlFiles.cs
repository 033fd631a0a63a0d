using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace HealthExchange.Validation.Catalogues;

/// <summary>
/// Reads a YAML data file (catalogue, value set, document types) whose root must be a mapping, keeping the
/// position of a syntax error so the caller can report it with its line.
/// </summary>
public static class YamlFiles
{
    /// <summary>The root mapping, or null with <paramref name="error"/> and <paramref name="line"/> (0 when unknown).</summary>
    public static YamlMappingNode? TryLoadMapping(string file, out string error, out int line)
    {
        error = "";
        line = 0;
        try
        {
            var stream = new YamlStream();
            using var reader = File.OpenText(file);
            stream.Load(reader);
            if (stream.Documents.Count > 0 && stream.Documents[0].RootNode is YamlMappingNode map) return map;
            error = "the file does not hold a YAML mapping";
        }
        catch (YamlException yaml)
        {
            (error, line) = (yaml.Message, (int)yaml.Start.Line);
        }
        catch (Exception io) when (io is IOException or UnauthorizedAccessException)
        {
            error = io.Message;
        }
        return null;
    }
}
