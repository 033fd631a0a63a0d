using HealthExchange.Validation.Catalogues;
using Xunit;

namespace HealthExchange.Validation.Tests;

public class CatalogueLoaderTests
{
    /// <summary>Loads catalogue YAML from a throwaway file against the shipped value sets.</summary>
    private static CatalogueLoadResult LoadYaml(string yaml)
    {
        var file = Path.Combine(Path.GetTempPath(), $"catalogue-{Guid.NewGuid():N}.yaml");
        File.WriteAllText(file, yaml);
        try
        {
            return CatalogueLoader.Load(file, SchemaPaths.ValueSets);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Theory]
    [InlineData("hospital", InstitutionKind.Hospital, 83)]
    [InlineData("district", InstitutionKind.District, 129)]
    public void Shipped_catalogues_load_without_defects(string file, InstitutionKind kind, int tables)
    {
        var result = CatalogueLoader.Load(SchemaPaths.Catalogue(file), SchemaPaths.ValueSets);
        Assert.Empty(result.Defects);
        var catalogue = result.Catalogue!;
        Assert.Equal(kind, catalogue.Kind);
        Assert.Equal(tables, catalogue.Tables.Count);
        Assert.Equal(11, catalogue.Tables.Count(table => table.Realtime is not null));
        Assert.Equal(Enumerable.Range(1, 11), catalogue.Tables.Where(t => t.Realtime is not null).Select(t => t.Realtime!.Form).Order());
    }

    [Fact]
    public void Every_coded_column_of_the_shipped_catalogues_resolves_its_value_set()
    {
        foreach (var table in Some.Catalogues.DistinctTables)
            foreach (var column in table.Columns.Where(column => column.ValueSetId is not null))
                Assert.True(column.ValueSet is not null, $"{table.Code}.{column.Name} → {column.ValueSetId}");
    }

    [Fact]
    public void A_table_shared_by_both_catalogues_has_one_definition()
    {
        var hospital = Some.Catalogues.For(InstitutionKind.Hospital);
        var district = Some.Catalogues.For(InstitutionKind.District);
        foreach (var table in hospital.Tables)
        {
            if (!district.TryGetTable(table.Code, out var other)) continue;
            Assert.Equal(table.Columns.Select(c => (c.Name, c.Type, c.ValueSetId)), other.Columns.Select(c => (c.Name, c.Type, c.ValueSetId)));
            Assert.Equal(table.BusinessKey, other.BusinessKey);
        }
    }

    [Fact]
    public void Every_defect_kind_is_reported_with_its_line()
    {
        var result = LoadYaml("""
            id: broken
            version: "1"
            kind: hospital
            requiredTables: 5
            realtimeForms: 1
            tables:
              - code: visit
                nameZh: 就诊
                nameEn: Visit
                businessKey: [visit_no, nowhere]
                eventTime: visit_time
                roles: [outpatient_visits]
                columns:
                  - { name: visit_no, nameZh: 号, nameEn: no, type: string(10), required: true }
                  - { name: visit_no, nameZh: 号, nameEn: no, type: string(10), required: true }
                  - { name: visit_time, nameZh: 时间, nameEn: time, type: datetime, required: true }
                  - { name: sex, nameZh: 性别, nameEn: sex, type: code(1), required: true, valueSet: no_such_set }
                  - { name: weight, nameZh: 体重, nameEn: weight, type: float, required: false }
              - code: visit
                nameZh: 重复
                nameEn: duplicate
                businessKey: [a]
                eventTime: a
                columns:
                  - { name: a, nameZh: a, nameEn: a, type: date, required: true }
            """);
        var kinds = result.Defects.Select(defect => defect.Kind).ToHashSet();
        Assert.Contains(CatalogueDefectKinds.DuplicateColumn, kinds);
        Assert.Contains(CatalogueDefectKinds.UnknownColumn, kinds);
        Assert.Contains(CatalogueDefectKinds.UnknownValueSet, kinds);
        Assert.Contains(CatalogueDefectKinds.BadValue, kinds);
        Assert.Contains(CatalogueDefectKinds.DuplicateCode, kinds);
        Assert.Contains(CatalogueDefectKinds.TableCount, kinds);
        Assert.Contains(CatalogueDefectKinds.RealtimeCount, kinds);
        Assert.Contains(CatalogueDefectKinds.RoleMissing, kinds); // no discharges table
        Assert.All(result.Defects, defect => Assert.True(defect.Line > 0, defect.ToString()));
        Assert.Contains(result.Defects, defect => defect.Kind == CatalogueDefectKinds.UnknownValueSet && defect.Line == 17);
        Assert.False(result.IsValid);
    }

    [Fact]
    public void Checks_are_read_and_every_defect_in_them_is_reported_with_its_line()
    {
        var result = LoadYaml("""
            id: checks
            version: "1"
            kind: hospital
            requiredTables: 1
            realtimeForms: 0
            tables:
              - code: discharge
                nameZh: 出院
                nameEn: Discharge
                businessKey: [no]
                eventTime: discharge_time
                roles: [outpatient_visits, discharges]
                checks:
                  - { rule: not_before, column: discharge_time, reference: admission_time }
                  - { rule: not_after, column: birth_date, reference: discharge_time }
                  - { rule: after, column: discharge_time, reference: admission_time }
                  - { rule: not_before, column: discharge_time, reference: nowhere }
                  - { rule: not_before, column: no, reference: admission_time }
                  - { rule: not_before, column: discharge_time, reference: discharge_time }
                  - { rule: not_before, column: discharge_time }
                  - just text
                columns:
                  - { name: no, nameZh: 号, nameEn: no, type: string(10), required: true }
                  - { name: birth_date, nameZh: 出生, nameEn: birth, type: date, required: true }
                  - { name: admission_time, nameZh: 入院, nameEn: admission, type: datetime, required: true }
                  - { name: discharge_time, nameZh: 出院, nameEn: discharge, type: datetime, required: true }
            """);
        var table = result.Catalogue!.Tables.Single();
        Assert.Equal([new TableCheck(TableCheckRule.NotBefore, "discharge_time", "admission_time"), new TableCheck(TableCheckRule.NotAfter, "birth_date", "discharge_time")], table.Checks);
        Assert.Equal(
            [(16, CatalogueDefectKinds.UnknownRule), (17, CatalogueDefectKinds.UnknownColumn), (18, CatalogueDefectKinds.BadValue),
             (19, CatalogueDefectKinds.BadValue), (20, CatalogueDefectKinds.MissingField), (21, CatalogueDefectKinds.Syntax)],
            result.Defects.Select(defect => (defect.Line, defect.Kind)));
        Assert.Contains("not_before, not_after", result.Defects[0].Message, StringComparison.Ordinal);
        Assert.False(result.IsValid);
    }

    [Fact]
    public void A_table_without_checks_has_none() => Assert.Empty(Some.OutpatientTable.Checks);
}
