using System.Globalization;
using System.Xml.Linq;
using HealthExchange.Cda.Reading;
using HealthExchange.Cda.Types;
using Xunit;

namespace HealthExchange.Cda.Tests;

public class DocumentTypeCatalogueTests
{
    private static DocumentTypeCatalogue Types => DocumentTypeCatalogue.Default;

    [Fact]
    public void All_53_types_pair_their_code_with_their_template()
    {
        Assert.Equal(53, Types.Types.Count);
        for (var n = 1; n <= 53; n++)
        {
            var type = Types.Find(string.Create(CultureInfo.InvariantCulture, $"C{n:D4}"));
            Assert.NotNull(type);
            Assert.Equal(string.Create(CultureInfo.InvariantCulture, $"2.16.156.10011.2.1.1.{20 + n}"), type.TemplateId);
            Assert.NotEmpty(type.Sections);
            Assert.All(type.RequiredSections, section => Assert.Contains(section, type.Sections));
        }
    }

    /// <summary>
    /// The catalogues' documentTypes and schemas/cda/document-types.yaml are edited separately: every code a
    /// table lists is a known type, and every known type feeds at least one hospital table.
    /// </summary>
    [Fact]
    public void The_catalogues_and_the_document_types_name_the_same_documents()
    {
        var listed = Some.Catalogues.DistinctTables.SelectMany(t => t.DocumentTypes.Select(code => (Table: t.Code, Code: code))).ToList();
        Assert.Empty(listed.Where(x => Types.Find(x.Code) is null).Select(x => $"{x.Table}: {x.Code}"));
        var feeding = Some.HospitalCatalogue.Tables.SelectMany(t => t.DocumentTypes).ToHashSet(StringComparer.Ordinal);
        Assert.Empty(Types.Types.Where(type => !feeding.Contains(type.Code)).Select(type => type.Code));
    }

    [Theory]
    [InlineData("C0001", "patient_master_index")]
    [InlineData("C0002", "outpatient_visit")]
    [InlineData("C0004", "outpatient_prescription")]
    [InlineData("C0005", "tcm_herbal_prescription")]
    [InlineData("C0006", "exam_report")]
    [InlineData("C0007", "lab_report")]
    [InlineData("C0032", "inpatient_case_front_page")]
    [InlineData("C0034", "admission_record")]
    [InlineData("C0049", "inpatient_discharge")]
    [InlineData("C0053", "inpatient_discharge")]
    public void The_required_documents_fill_the_tables_that_list_them(string code, string table)
    {
        var rule = Assert.Single(Types.Find(code)!.Extract, rule => rule.Table == table);
        Assert.True(Some.HospitalCatalogue.TryGetTable(table, out var definition));
        Assert.Contains(code, definition.DocumentTypes);
        Assert.All(definition.Columns.Where(c => c.Required), column => Assert.True(rule.Columns.ContainsKey(column.Name), $"{table}.{column.Name} has no rule"));
    }

    [Fact]
    public void A_file_naming_an_unknown_column_or_a_broken_path_is_refused_with_every_defect()
    {
        var file = Path.GetTempFileName();
        File.WriteAllText(file, """
            types:
              - code: C0002
                templateId: 2.16.156.10011.2.1.1.22
                extract:
                  - table: outpatient_visit
                    columns:
                      no_such_column: /title
                      visit_no: "patient/id[@root="
            """);
        var error = Assert.Throws<InvalidDataException>(() => DocumentTypeCatalogue.Load(file, Some.Catalogues));
        Assert.Contains("no_such_column", error.Message, StringComparison.Ordinal);
        Assert.Contains("visit_no", error.Message, StringComparison.Ordinal);
        File.Delete(file);
    }

    [Fact]
    public void The_schema_set_is_compiled_once_and_the_chinese_samples_conform_to_it()
    {
        Assert.Same(CdaSchemas.Wst500, CdaSchemas.Wst500);
        foreach (var file in Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Samples", "wst500")))
        {
            var result = CdaTestKit.Validate(File.ReadAllBytes(file));
            Assert.DoesNotContain(result.Issues, issue => issue.Code == "HX4020");
        }
    }
}

public class CdaPathTests
{
    private static readonly XElement Root = XElement.Parse("""
        <ClinicalDocument xmlns="urn:hl7-org:v3">
          <recordTarget><patientRole><id root="a" extension="A1"/><id root="b" extension="B1"/></patientRole></recordTarget>
          <component><structuredBody>
            <component><section><code code="10160-0"/>
              <entry><substanceAdministration><doseQuantity value="0.5" unit="mg"/></substanceAdministration></entry>
              <entry><substanceAdministration><doseQuantity value="150" unit="mg"/></substanceAdministration></entry>
            </section></component>
            <component><section><code code="29548-5"/>
              <entry><observation><code code="DE05.01.024.00" codeSystem="2.16.156.10011.2.2.1"/><value code="J06.9" displayName="感冒"/></observation></entry>
            </section></component>
          </structuredBody></component>
        </ClinicalDocument>
        """);

    [Theory]
    [InlineData("/recordTarget/patientRole/id[@root='b']/@extension", "B1")]
    [InlineData("/recordTarget/patientRole/id[@root='x']/@extension | /recordTarget/patientRole/id[2]/@extension", "B1")]
    [InlineData("de('DE05.01.024.00')/value/@displayName", "感冒")]
    [InlineData("de('DE05.01.024.00')/value", "J06.9")]
    [InlineData("section('10160-0')//doseQuantity/@unit", "mg")]
    [InlineData("//id[@root]/@extension", "A1")]
    [InlineData("/nothing/here", null)]
    public void Paths_select_what_they_say(string path, string? expected) =>
        Assert.Equal(expected, CdaPath.Parse(path).Evaluate(Root, Root, 1));

    [Fact]
    public void A_rows_path_selects_one_element_per_row_and_relative_paths_start_there()
    {
        var rows = CdaPath.Parse("section('10160-0')/entry/substanceAdministration").SelectElements(Root, Root).ToList();
        Assert.Equal(2, rows.Count);
        Assert.Equal("150", CdaPath.Parse("doseQuantity/@value").Evaluate(rows[1], Root, 2));
        Assert.Equal("2", CdaPath.Parse("$seq").Evaluate(rows[1], Root, 2));
    }

    /// <summary>One index serves every path over a document; a de() or section() lookup stays within the element it starts from.</summary>
    [Fact]
    public void A_shared_index_keeps_each_lookup_within_its_starting_element()
    {
        var index = new CdaPathIndex();
        var sections = CdaPath.Parse("section('10160-0') | section('29548-5')").SelectElements(Root, Root, index);
        var diagnosis = CdaPath.Parse("de('DE05.01.024.00')/value/@code");
        Assert.Equal(2, sections.Count);
        Assert.Equal("J06.9", diagnosis.Evaluate(Root, Root, 1, index));
        Assert.Null(diagnosis.Evaluate(sections[0], Root, 1, index));
        Assert.Equal("J06.9", diagnosis.Evaluate(sections[1], Root, 2, index));
        Assert.Equal("mg", CdaPath.Parse("section('10160-0')//doseQuantity/@unit").Evaluate(Root, Root, 1, index));
        Assert.Null(CdaPath.Parse("section('10160-0')//doseQuantity/@unit").Evaluate(sections[1], Root, 2, index));
    }

    [Theory]
    [InlineData("a/@b/c")]
    [InlineData("a[@b=")]
    [InlineData("a/text()/b")]
    [InlineData("")]
    public void Malformed_paths_do_not_parse(string path) =>
        Assert.Throws<FormatException>(() => CdaPath.Parse(path));
}
