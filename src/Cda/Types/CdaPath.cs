using System.Globalization;
using System.Xml.Linq;
using HealthExchange.Cda.Model;

namespace HealthExchange.Cda.Types;

/// <summary>
/// The small XPath-like language of extraction rules (docs/cda.md). Names are HL7 v3 local names. A path is
/// one or more alternatives separated by " | "; the first that yields a non-empty value wins. An alternative
/// starting with "/" starts at ClinicalDocument, otherwise at the row's element. Steps: <c>name</c>, <c>*</c>,
/// <c>..</c>, <c>//name</c> (any depth), predicates <c>[@attr='v']</c>, <c>[@attr]</c>, <c>[n]</c>;
/// <c>de('DE04.01.119.00')</c> an entry whose code is that data element; <c>section('10154-3')</c> the section
/// with that LOINC code; a last step <c>@attr</c> or <c>text()</c>; or the whole alternative <c>$seq</c> (the
/// row's 1-based ordinal). An element's value is its @value, else @code, else @extension, else its text.
/// </summary>
public sealed partial class CdaPath
{
    private readonly IReadOnlyList<Alternative> _alternatives;

    private CdaPath(string text, IReadOnlyList<Alternative> alternatives)
    {
        Text = text;
        _alternatives = alternatives;
    }

    public string Text { get; }

    public override string ToString() => Text;

    /// <summary>The first non-empty value any alternative yields, or null.</summary>
    public string? Evaluate(XElement context, XElement root, int seq)
    {
        foreach (var alternative in _alternatives)
        {
            if (alternative.IsSeq) return seq.ToString(CultureInfo.InvariantCulture);
            foreach (var value in alternative.Values(context, root))
                if (!string.IsNullOrWhiteSpace(value)) return value.Trim();
        }
        return null;
    }

    /// <summary>The elements the path selects (for a rows path), in document order, from every alternative.</summary>
    public IEnumerable<XElement> SelectElements(XElement context, XElement root) =>
        _alternatives.Where(a => !a.IsSeq).SelectMany(a => a.Elements(context, root));

    public static string? ValueOf(XElement element) =>
        element.Attr("value") ?? element.Attr("code") ?? element.Attr("extension") ?? element.Text();

    private sealed record Alternative(bool Absolute, List<Step> Steps, bool IsSeq)
    {
        public IEnumerable<XElement> Elements(XElement context, XElement root)
        {
            IEnumerable<XElement> current = [Absolute ? root : context];
            foreach (var step in Steps)
            {
                if (step.Kind is StepKind.Attribute or StepKind.Text) yield break;
                current = current.SelectMany(step.Apply).Distinct();
            }
            foreach (var element in current) yield return element;
        }

        public IEnumerable<string?> Values(XElement context, XElement root)
        {
            var last = Steps.Count > 0 ? Steps[^1] : null;
            if (last?.Kind == StepKind.Attribute)
                return ElementsBeforeLast(context, root).Select(e => e.Attr(last.Name));
            if (last?.Kind == StepKind.Text)
                return ElementsBeforeLast(context, root).Select(e => e.Text());
            return Elements(context, root).Select(ValueOf);
        }

        private IEnumerable<XElement> ElementsBeforeLast(XElement context, XElement root) =>
            (this with { Steps = Steps.Take(Steps.Count - 1).ToList() }).Elements(context, root);
    }

    private enum StepKind { Child, Descendant, Parent, DataElement, Section, Attribute, Text }

    private sealed record Step(StepKind Kind, string Name, bool AnyDepth, List<Predicate> Predicates)
    {
        public IEnumerable<XElement> Apply(XElement element)
        {
            IEnumerable<XElement> found = Kind switch
            {
                StepKind.Parent => element.Parent is { } parent ? [parent] : [],
                StepKind.DataElement => element.Descendants().Where(e => e.Child("code") is { } code && code.Attr("code") == Name
                    && (code.Attr("codeSystem") ?? CdaDocumentTypes.DataElementSystem) == CdaDocumentTypes.DataElementSystem),
                StepKind.Section => element.Descendants(Hl7.V3 + "section").Where(e => e.Child("code").Attr("code") == Name),
                _ when AnyDepth => Name == "*" ? element.Descendants() : element.Descendants(Hl7.V3 + Name),
                _ => Name == "*" ? element.Elements() : element.Elements(Hl7.V3 + Name),
            };
            foreach (var predicate in Predicates) found = predicate.Filter(found);
            return found;
        }
    }

    private sealed record Predicate(string? Attribute, string? Value, int? Index)
    {
        public IEnumerable<XElement> Filter(IEnumerable<XElement> elements)
        {
            if (Index is { } index) return elements.Skip(index - 1).Take(1);
            return Value is null
                ? elements.Where(e => e.Attr(Attribute!) is not null)
                : elements.Where(e => e.Attr(Attribute!) == Value);
        }
    }
}
