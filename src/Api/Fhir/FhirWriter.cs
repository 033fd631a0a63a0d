using System.Text.Json;
using Hl7.Fhir.Model;
using Hl7.Fhir.Serialization;
using HealthExchange.Metrics.Summaries;

namespace HealthExchange.Api.Fhir;

/// <summary>
/// Measures and summary MeasureReports written with Firely's R4 model. A MeasureReport names one Measure, so the
/// report of an institution and period is scored against the composite platform-report Measure, a group per figure.
/// </summary>
internal static class FhirWriter
{
    private static readonly JsonSerializerOptions Json = new JsonSerializerOptions().ForFhir();

    public static byte[] Bytes(Bundle bundle) => JsonSerializer.SerializeToUtf8Bytes(bundle, Json);

    public static Bundle Measures(DateTimeOffset now)
    {
        var bundle = Searchset(now);
        foreach (var figure in FhirFigures.All)
            Add(bundle, Measure(figure.Id, figure.TitleZh, figure.TitleEn, figure.IsRate ? "proportion" : "continuous-variable", [figure]));
        Add(bundle, Measure(FhirFigures.ReportMeasureId, "平台月报指标", "platform report figures", "composite", FhirFigures.All));
        return bundle;
    }

    public static Bundle Reports(IEnumerable<SummaryRow> rows, DateTimeOffset now)
    {
        var bundle = Searchset(now);
        foreach (var row in rows) Add(bundle, Report(row, now));
        return bundle;
    }

    private static Bundle Searchset(DateTimeOffset now) => new() { Type = Bundle.BundleType.Searchset, Timestamp = now, Total = 0 };

    private static void Add(Bundle bundle, Resource resource)
    {
        bundle.Entry.Add(new Bundle.EntryComponent { FullUrl = $"urn:uuid:{Guid.NewGuid()}", Resource = resource, Search = new Bundle.SearchComponent { Mode = Bundle.SearchEntryMode.Match } });
        bundle.Total = bundle.Entry.Count;
    }

    private static Measure Measure(string id, string titleZh, string titleEn, string scoring, IEnumerable<FhirFigure> groups)
    {
        var measure = new Measure
        {
            Id = id,
            Url = FhirFigures.CanonicalBase + id,
            Name = id.Replace("-", "_", StringComparison.Ordinal),
            Status = PublicationStatus.Active,
            Language = "zh-CN",
            Scoring = new CodeableConcept("http://terminology.hl7.org/CodeSystem/measure-scoring", scoring),
            Description = new Markdown($"{titleZh} / {titleEn} (docs/metrics.md)"),
        };
        measure.TitleElement = Translated(titleZh, titleEn);
        foreach (var figure in groups)
        {
            var group = new Measure.GroupComponent { Code = Code(figure), Description = $"{figure.TitleZh} / {figure.TitleEn}" };
            if (figure.IsRate)
            {
                group.Population.Add(Population("numerator", figure));
                group.Population.Add(Population("denominator", figure));
            }
            else group.Population.Add(Population("measure-population", figure));
            measure.Group.Add(group);
        }
        return measure;
    }

    private static MeasureReport Report(SummaryRow row, DateTimeOffset now)
    {
        var report = new MeasureReport
        {
            Status = MeasureReport.MeasureReportStatus.Complete,
            Type = MeasureReport.MeasureReportType.Summary,
            Measure = FhirFigures.CanonicalBase + FhirFigures.ReportMeasureId,
            Subject = new ResourceReference { Identifier = new Identifier("https://healthexchange.invalid/fhir/institution", row.Figures.Code), Display = row.Figures.Name },
            Date = now.ToString("yyyy-MM-ddTHH:mm:ssK", System.Globalization.CultureInfo.InvariantCulture),
            Period = new Period(new FhirDateTime(row.Period.From.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)),
                new FhirDateTime(row.Period.To.AddDays(-1).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture))),
        };
        foreach (var figure in FhirFigures.All)
        {
            var group = new MeasureReport.GroupComponent { Code = Code(figure) };
            if (figure.IsRate)
            {
                group.Population.Add(new MeasureReport.PopulationComponent { Code = PopulationCode("numerator"), Count = Count(figure.Numerator!(row.Figures)) });
                group.Population.Add(new MeasureReport.PopulationComponent { Code = PopulationCode("denominator"), Count = Count(figure.Denominator!(row.Figures)) });
            }
            // A missing figure ("/" in the newsletter) has no score rather than a zero.
            if (figure.Score(row.Figures) is { } score) group.MeasureScore = new Quantity { Value = score, Unit = figure.IsRate ? "1" : "{count}" };
            report.Group.Add(group);
        }
        return report;
    }

    private static int? Count(long? value) => value is { } number ? (int)Math.Min(number, int.MaxValue) : null;

    private static CodeableConcept Code(FhirFigure figure) => new(FhirFigures.FigureSystem, figure.Id, figure.TitleZh);

    /// <summary>
    /// R4 admits only CQL, FHIRPath or a FHIR query as the criteria's language (the JSON schema enforces it): the criteria
    /// name the figure as a CQL identifier and point at its definition in docs/metrics.md; there is no CQL library.
    /// </summary>
    private static Measure.PopulationComponent Population(string code, FhirFigure figure) => new()
    {
        Code = PopulationCode(code),
        Criteria = new Expression
        {
            Language = "text/cql",
            Expression_ = string.Concat(figure.Id.Split('-').Select(word => char.ToUpperInvariant(word[0]) + word[1..])),
            Reference = $"https://healthexchange.invalid/docs/metrics.md#{figure.Id}",
            Description = figure.TitleEn,
        },
    };

    private static CodeableConcept PopulationCode(string code) => new("http://terminology.hl7.org/CodeSystem/measure-population", code);

    /// <summary>The Chinese title with its English translation (the core translation extension).</summary>
    private static FhirString Translated(string zh, string en)
    {
        var title = new FhirString(zh);
        var translation = new Extension { Url = "http://hl7.org/fhir/StructureDefinition/translation" };
        translation.Extension.Add(new Extension("lang", new Code("en")));
        translation.Extension.Add(new Extension("content", new FhirString(en)));
        title.Extension.Add(translation);
        return title;
    }
}
