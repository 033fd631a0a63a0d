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
    public string? Evaluate(XElement context, XElement root, int seq) => Evaluate(context, root, seq, new CdaPathIndex());

    /// <summary>As <see cref="Evaluate(XElement, XElement, int)"/>, with the lookups of the document shared across paths.</summary>
    internal string? Evaluate(XElement context, XElement root, int seq, CdaPathIndex index)
    {
        foreach (var alternative in _alternatives)
        {
            if (alternative.IsSeq) return seq.ToString(CultureInfo.InvariantCulture);
            if (alternative.FirstValue(context, root, index) is { } value) return value;
        }
        return null;
    }

    /// <summary>The elements the path selects (for a rows path), in document order, from every alternative.</summary>
    public IEnumerable<XElement> SelectElements(XElement context, XElement root) => SelectElements(context, root, new CdaPathIndex());

    internal List<XElement> SelectElements(XElement context, XElement root, CdaPathIndex index)
    {
        var selected = new List<XElement>();
        foreach (var alternative in _alternatives)
            if (!alternative.IsSeq) selected.AddRange(alternative.Select(alternative.Steps, context, root, index));
        return selected;
    }

    public static string? ValueOf(XElement element) =>
        element.Attr("value") ?? element.Attr("code") ?? element.Attr("extension") ?? element.Text();

    // Evaluated eagerly into lists: the paths select a handful of elements, and the iterator chains this replaced
    // cost more than the elements they visited. The order and the de-duplication are those of the former
    // SelectMany(...).Distinct() per step.
    private sealed record Alternative(bool Absolute, List<Step> Steps, bool IsSeq)
    {
        private readonly List<Step> _beforeLast = Steps.Count > 0 ? Steps.GetRange(0, Steps.Count - 1) : [];

        /// <summary>The elements the steps select; none when a step is @attr or text() (those only end a value path).</summary>
        public List<XElement> Select(List<Step> steps, XElement context, XElement root, CdaPathIndex index)
        {
            var current = new List<XElement> { Absolute ? root : context };
            foreach (var step in steps)
            {
                if (step.Kind is StepKind.Attribute or StepKind.Text) return [];
                var next = new List<XElement>();
                // One element's step never yields an element twice; only several inputs can reach the same one.
                var seen = current.Count > 1 ? new HashSet<XElement>() : null;
                foreach (var element in current)
                    foreach (var found in step.Apply(element, index))
                        if (seen is null || seen.Add(found)) next.Add(found);
                current = next;
            }
            return current;
        }

        /// <summary>The first non-blank value, trimmed, of the elements selected (or of their attribute or text), or null.</summary>
        public string? FirstValue(XElement context, XElement root, CdaPathIndex index)
        {
            var last = Steps.Count > 0 ? Steps[^1] : null;
            var kind = last?.Kind;
            var elements = kind is StepKind.Attribute or StepKind.Text ? Select(_beforeLast, context, root, index) : Select(Steps, context, root, index);
            foreach (var element in elements)
            {
                var value = kind switch
                {
                    StepKind.Attribute => element.Attr(last!.Name),
                    StepKind.Text => element.Text(),
                    _ => ValueOf(element),
                };
                if (!string.IsNullOrWhiteSpace(value)) return value.Trim();
            }
            return null;
        }
    }

    private enum StepKind { Child, Descendant, Parent, DataElement, Section, Attribute, Text }

    private sealed record Step(StepKind Kind, string Name, bool AnyDepth, List<Predicate> Predicates)
    {
        private XName? _name;

        /// <summary>The element name of a name step (atomised once, not per element visited).</summary>
        private XName ElementName => _name ??= Hl7.V3 + Name;

        public IEnumerable<XElement> Apply(XElement element, CdaPathIndex index)
        {
            IEnumerable<XElement> found = Kind switch
            {
                StepKind.Parent => element.Parent is { } parent ? [parent] : [],
                StepKind.DataElement => index.DataElements(element, Name),
                StepKind.Section => index.Sections(element, Name),
                _ when AnyDepth => Name == "*" ? element.Descendants() : element.Descendants(ElementName),
                _ => Name == "*" ? element.Elements() : element.Elements(ElementName),
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
