using YamlDotNet.RepresentationModel;

namespace HealthExchange.Validation.Catalogues;

/// <summary>Small accessors over YamlDotNet's representation model that keep line numbers for defects.</summary>
internal static class YamlNodes
{
    public static int Line(this YamlNode node) => (int)node.Start.Line;

    public static YamlNode? Child(this YamlMappingNode map, string key) =>
        map.Children.TryGetValue(new YamlScalarNode(key), out var value) ? value : null;

    public static string? Scalar(this YamlMappingNode map, string key) =>
        map.Child(key) is YamlScalarNode { Value: { Length: > 0 } text } ? text : null;

    public static IReadOnlyList<YamlNode> Sequence(this YamlMappingNode map, string key) =>
        map.Child(key) is YamlSequenceNode sequence ? sequence.Children.ToList() : [];

    public static IReadOnlyList<string> Strings(this YamlMappingNode map, string key) =>
        map.Sequence(key).OfType<YamlScalarNode>().Select(node => node.Value ?? "").ToList();
}
