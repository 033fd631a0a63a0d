using System.Globalization;
using System.Text.RegularExpressions;

namespace HealthExchange.Cda.Types;

/// <summary>Parsing of extraction paths; a path that does not parse is a defect of document-types.yaml.</summary>
public sealed partial class CdaPath
{
    [GeneratedRegex(@"^(?<name>[A-Za-z_][A-Za-z0-9_.\-]*|\*)(?<preds>(\[[^\]]+\])*)$", RegexOptions.CultureInvariant)]
    private static partial Regex ElementStep();

    [GeneratedRegex(@"^(?<fn>de|section)\('(?<arg>[^']+)'\)(?<preds>(\[[^\]]+\])*)$", RegexOptions.CultureInvariant)]
    private static partial Regex FunctionStep();

    [GeneratedRegex(@"\[(?:@(?<attr>[A-Za-z_][A-Za-z0-9_\-]*)(?:='(?<value>[^']*)')?|(?<index>[1-9][0-9]*))\]", RegexOptions.CultureInvariant)]
    private static partial Regex PredicatePattern();

    public static CdaPath Parse(string text)
    {
        if (string.IsNullOrWhiteSpace(text)) throw new FormatException("empty path");
        var alternatives = SplitTopLevel(text, '|').Select(part => ParseAlternative(part.Trim(), text)).ToList();
        return new CdaPath(text.Trim(), alternatives);
    }

    private static Alternative ParseAlternative(string text, string whole)
    {
        if (text == "$seq") return new Alternative(false, [], true);
        if (text.Length == 0) throw new FormatException($"empty alternative in '{whole}'");
        var absolute = text.StartsWith('/') && !text.StartsWith("//", StringComparison.Ordinal);
        var body = absolute || text.StartsWith("//", StringComparison.Ordinal) ? text[1..] : text;
        var steps = new List<Step>();
        var anyDepth = false;
        var parts = SplitTopLevel(body, '/');
        for (var i = 0; i < parts.Count; i++)
        {
            var part = parts[i].Trim();
            if (part.Length == 0)
            {
                if (anyDepth || i == parts.Count - 1) throw new FormatException($"'{whole}': misplaced '/'");
                anyDepth = true;
                continue;
            }
            var last = i == parts.Count - 1;
            steps.Add(ParseStep(part, anyDepth, last, whole));
            anyDepth = false;
        }
        if (steps.Count == 0) throw new FormatException($"'{whole}' has no steps");
        return new Alternative(absolute, steps, false);
    }

    private static Step ParseStep(string part, bool anyDepth, bool last, string whole)
    {
        if (part.StartsWith('@'))
        {
            if (!last) throw new FormatException($"'{whole}': an @attribute step must be the last");
            return new Step(StepKind.Attribute, part[1..], false, []);
        }
        if (part == "text()")
        {
            if (!last) throw new FormatException($"'{whole}': text() must be the last step");
            return new Step(StepKind.Text, "", false, []);
        }
        if (part == "..") return new Step(StepKind.Parent, "", false, []);
        if (FunctionStep().Match(part) is { Success: true } function)
            return new Step(function.Groups["fn"].Value == "de" ? StepKind.DataElement : StepKind.Section,
                function.Groups["arg"].Value, true, Predicates(function.Groups["preds"].Value, whole));
        if (ElementStep().Match(part) is { Success: true } element)
            return new Step(anyDepth ? StepKind.Descendant : StepKind.Child, element.Groups["name"].Value, anyDepth,
                Predicates(element.Groups["preds"].Value, whole));
        throw new FormatException($"'{whole}': cannot read step '{part}'");
    }

    private static List<Predicate> Predicates(string text, string whole)
    {
        var result = new List<Predicate>();
        var consumed = 0;
        foreach (Match match in PredicatePattern().Matches(text))
        {
            consumed += match.Length;
            result.Add(match.Groups["index"].Success
                ? new Predicate(null, null, int.Parse(match.Groups["index"].Value, CultureInfo.InvariantCulture))
                : new Predicate(match.Groups["attr"].Value, match.Groups["value"].Success ? match.Groups["value"].Value : null, null));
        }
        if (consumed != text.Length) throw new FormatException($"'{whole}': cannot read predicate '{text}'");
        return result;
    }

    /// <summary>Splits on a separator that is not inside [...], (...) or quotes.</summary>
    private static List<string> SplitTopLevel(string text, char separator)
    {
        var parts = new List<string>();
        var depth = 0;
        var quoted = false;
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\'') quoted = !quoted;
            else if (!quoted && c is '[' or '(') depth++;
            else if (!quoted && c is ']' or ')') depth--;
            else if (!quoted && depth == 0 && c == separator) { parts.Add(text[start..i]); start = i + 1; }
        }
        parts.Add(text[start..]);
        return parts;
    }
}
