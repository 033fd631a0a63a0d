using HealthExchange.TestSupport;
using HealthExchange.Validation.Catalogues;
using Xunit;

namespace HealthExchange.Validation.Tests;

public class CatalogueLoaderTests
{
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
        var file = Path.Combine(Path.GetTempPath(), $"bad-catalogue-{Guid.NewGuid():N}.yaml");
        File.WriteAllText(file, """
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
        try
        {
            var result = CatalogueLoader.Load(file, SchemaPaths.ValueSets);
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
        finally
        {
            File.Delete(file);
        }
    }
}
