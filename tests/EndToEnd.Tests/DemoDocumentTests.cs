using System.Text;
using System.Text.Json;
using HealthExchange.Cda;
using HealthExchange.Cda.Checking;
using HealthExchange.Cda.Types;
using HealthExchange.Host.Demo;
using HealthExchange.Ingest.Registry;
using HealthExchange.Validation.Catalogues;
using HealthExchange.Validation.Checking;
using HealthExchange.Validation.Reading;
using Xunit;

namespace HealthExchange.EndToEnd.Tests;

/// <summary>
/// The documents `hx demo` sends for the hospitals that upload CDA documents pass every CDA check (schema included)
/// except exactly the deliberately broken ones, and yield the very rows they were made from.
/// </summary>
public class DemoDocumentTests
{
    private static readonly DateOnly April = new(2022, 4, 1);

    private static readonly string[] Senders =
        [.. InstitutionCsv.Read(InstitutionCsv.DefaultSeed).Where(i => i.UploadMethod == "CDA文档").Select(i => i.Code).Order(StringComparer.Ordinal)];

    public static TheoryData<string> DocumentSenders => new(Senders);

    [Fact]
    public void The_registry_names_the_three_hospitals_that_upload_CDA_documents() =>
        Assert.Equal(["H320100014", "H320100015", "H320100031"], Senders);

    [Theory]
    [MemberData(nameof(DocumentSenders))]
    public void Every_document_passes_except_the_deliberately_broken_ones_and_yields_the_row_it_was_made_from(string code)
    {
        var institution = ReferenceInstitution.Load().Single(r => r.Code == code);
        var feed = new InstitutionFeed(Some.HospitalCatalogue, institution, April, scale: 1000, seed: 7, cdaDocuments: true);
        var documents = feed.Uploads().OfType<DemoDocument>().ToList();
        Assert.Contains(documents, d => d.TypeCode == CdaDocumentFactory.OutpatientType);
        Assert.Contains(documents, d => d.TypeCode == CdaDocumentFactory.DischargeType);
        Assert.Equal(documents.Count, documents.Select(d => d.DocumentId).Distinct(StringComparer.Ordinal).Count());

        var validator = DemoCda.Validator();
        Assert.True(validator.Options.SchemaValidation);
        foreach (var document in documents)
        {
            var result = validator.Validate(document.Xml, Context(code, document));
            Assert.Equal(document.DocumentId, result.DocumentId);
            Assert.Equal(document.TypeCode, result.TypeCode);
            if (document.Defect == DocumentDefect.None)
            {
                Assert.True(result.Issues.Count == 0, $"{document.DocumentId}: {string.Join("; ", result.Issues)}");
                AssertYieldsItsRow(document, result);
            }
            else
            {
                Assert.False(result.Passed, $"{document.DocumentId} ({document.Defect}) passed");
                Assert.Contains(result.Issues, issue => issue.Definition == CdaDocumentFactory.ExpectedIssue(document.Defect));
            }
        }
    }

    [Theory]
    [InlineData(DocumentDefect.NationalIdCheckDigit)]
    [InlineData(DocumentDefect.TemplateMismatch)]
    [InlineData(DocumentDefect.RequiredSectionMissing)]
    public void Each_deliberate_defect_rejects_the_document_with_its_own_finding(DocumentDefect defect)
    {
        var factory = new CdaDocumentFactory("H320100031", "江苏省人民医院", new Random(3));
        var rows = new SyntheticRows(new Random(5));
        foreach (var (tableCode, type) in new[] { ("outpatient_visit", CdaDocumentFactory.OutpatientType), ("inpatient_discharge", CdaDocumentFactory.DischargeType) })
        {
            Assert.True(Some.HospitalCatalogue.TryGetTable(tableCode, out var table));
            var row = rows.Row(table, "220410M00001", new DateTime(2022, 4, 10, 9, 30, 0));
            factory.Complete(table, row);
            var uploadedAt = Some.Shanghai(2022, 4, 10, 22);
            var good = new DemoDocument("H320100031", type, "DOC-GOOD", "U1", uploadedAt, factory.Create(type, table, "DOC-GOOD", row, DocumentDefect.None), tableCode, row, DocumentDefect.None);
            var bad = good with { DocumentId = "DOC-BAD", Xml = factory.Create(type, table, "DOC-BAD", row, defect), Defect = defect };

            Assert.True(DemoCda.Validator().Validate(good.Xml, Context("H320100031", good)).Passed);
            var result = DemoCda.Validator().Validate(bad.Xml, Context("H320100031", bad));
            Assert.False(result.Passed);
            Assert.Contains(result.Issues, issue => issue.Definition == CdaDocumentFactory.ExpectedIssue(defect));
        }
    }

    [Fact]
    public void Values_are_escaped_by_the_writer_not_concatenated_into_markup()
    {
        Assert.True(Some.HospitalCatalogue.TryGetTable("outpatient_visit", out var table));
        var factory = new CdaDocumentFactory("H320100031", "江苏省人民医院 <&\"'>", new Random(1));
        var row = new SyntheticRows(new Random(2)).Row(table, "220410M00002", new DateTime(2022, 4, 10, 9, 30, 0));
        row["patient_name"] = "王<某>&\"";
        row["doctor_name"] = "]]><x/>";
        factory.Complete(table, row);
        var xml = factory.Create(CdaDocumentFactory.OutpatientType, table, "DOC-ESC", row, DocumentDefect.None);
        var document = System.Xml.Linq.XDocument.Parse(Encoding.UTF8.GetString(xml));
        var v3 = System.Xml.Linq.XNamespace.Get("urn:hl7-org:v3");
        Assert.Equal("王<某>&\"", document.Descendants(v3 + "patient").Single().Element(v3 + "name")!.Value);
        Assert.Equal("]]><x/>", document.Descendants(v3 + "assignedPerson").First().Element(v3 + "name")!.Value);
        Assert.Empty(document.Descendants(v3 + "x"));
    }

    private static CdaCheckContext Context(string institution, DemoDocument document) =>
        new(institution, DemoCda.Registry.Contains, Some.HospitalCatalogue, document.UploadedAt);

    /// <summary>
    /// The document's row of its table is the source row: the same business key and event time, and the same value
    /// in every column the document type's extraction rule fills (both typed by the same row checks).
    /// </summary>
    private static void AssertYieldsItsRow(DemoDocument document, CdaResult result)
    {
        var extractedTable = Assert.Single(result.Tables, t => t.Table.Code == document.Table);
        var table = extractedTable.Table;
        var extracted = Assert.Single(extractedTable.Rows);
        var source = Typed(table, document.Row, document.UploadedAt);
        Assert.False(source.Rejected, string.Join("; ", source.Issues));
        Assert.False(extracted.Rejected, string.Join("; ", extracted.Issues));
        foreach (var ordinal in table.BusinessKeyIndexes.Append(table.EventTimeIndex))
            Assert.Equal(source.Values[ordinal], extracted.Values[ordinal]);
        var rule = DocumentTypeCatalogue.Default.Find(document.TypeCode)!.Extract.Single(r => r.Table == document.Table);
        foreach (var column in rule.Columns.Keys)
        {
            var ordinal = table.IndexOf(column);
            Assert.True(Equals(source.Values[ordinal], extracted.Values[ordinal]),
                $"{document.DocumentId} {table.Code}.{column}: row '{source.Values[ordinal]}', document '{extracted.Values[ordinal]}'");
        }
    }

    private static ValidatedRow Typed(TableDefinition table, IReadOnlyDictionary<string, string> row, DateTimeOffset uploadedAt)
    {
        using var reader = new JsonLinesTableReader(table, new MemoryStream(Encoding.UTF8.GetBytes(JsonSerializer.Serialize(row))), new UTF8Encoding(false, true));
        return Assert.Single(BatchValidator.Validate(table, reader, ValidationContext.At(uploadedAt)).ToList());
    }
}

/// <summary>The validator as the platform builds it and the shipped registry's codes, for the demo's documents.</summary>
internal static class DemoCda
{
    public static readonly IReadOnlySet<string> Registry = InstitutionCsv.Read(InstitutionCsv.DefaultSeed).Select(i => i.Code).ToHashSet(StringComparer.Ordinal);

    public static CdaValidator Validator() => new(new CdaOptions(), DocumentTypeCatalogue.Default, CodedValueSets.Default);
}
