using HealthExchange.Ingest.Schema;
using HealthExchange.TestSupport;
using HealthExchange.Validation.Catalogues;
using Xunit;

namespace HealthExchange.Ingest.Tests;

/// <summary>The DDL generated from the catalogues, applied to the real PostgreSQL, says what the catalogues say.</summary>
public sealed class CatalogueSchemaTests : IAsyncLifetime
{
    private TestDatabase _database = null!;

    public async Task InitializeAsync() => _database = await TestDatabase.CreateAsync(seedInstitutions: false);

    public async Task DisposeAsync() => await _database.DisposeAsync();

    [Fact]
    public async Task Every_catalogue_table_exists_keyed_by_its_business_key_with_its_columns_and_types()
    {
        var columns = new Dictionary<(string Table, string Column), (string Type, int? Length, int? Precision, int? Scale)>();
        await using (var command = _database.DataSource.CreateCommand("""
            SELECT c.table_name, c.column_name, c.data_type, c.character_maximum_length, c.numeric_precision, c.numeric_scale
            FROM information_schema.columns c
            JOIN pg_class k ON k.relname = c.table_name AND k.relkind = 'r'
            JOIN pg_namespace n ON n.oid = k.relnamespace AND n.nspname = c.table_schema
            WHERE c.table_schema = 'hx_data'
            """))
        await using (var reader = await command.ExecuteReaderAsync())
            while (await reader.ReadAsync())
                columns[(reader.GetString(0), reader.GetString(1))] = (reader.GetString(2),
                    reader.IsDBNull(3) ? null : reader.GetInt32(3), reader.IsDBNull(4) ? null : reader.GetInt32(4), reader.IsDBNull(5) ? null : reader.GetInt32(5));

        var tables = Some.Catalogues.DistinctTables.ToList();
        Assert.Equal(172, tables.Count);
        foreach (var table in tables)
        {
            foreach (var column in table.Columns)
            {
                Assert.True(columns.TryGetValue((table.Code, column.Name), out var actual), $"{table.Code}.{column.Name} missing");
                var expected = column.Type.Kind switch
                {
                    ColumnKind.String or ColumnKind.Code => ("character varying", (int?)column.Type.Length, (int?)null, (int?)null),
                    ColumnKind.Integer => ("bigint", null, 64, 0),
                    ColumnKind.Decimal => ("numeric", null, column.Type.Precision, column.Type.Scale),
                    ColumnKind.Date => ("date", null, null, null),
                    ColumnKind.DateTime => ("timestamp without time zone", null, null, null),
                    _ => ("boolean", null, null, null),
                };
                Assert.True(expected == actual, $"{table.Code}.{column.Name}: {actual} for {column.Type}");
            }
            foreach (var system in SystemColumns.Loaded.Append(SystemColumns.Institution))
                Assert.True(columns.ContainsKey((table.Code, system)), $"{table.Code}.{system} missing");
        }

        var key = await _database.ScalarAsync("""
            SELECT count(*) FROM pg_index i JOIN pg_class c ON c.oid = i.indrelid JOIN pg_namespace n ON n.oid = c.relnamespace
            WHERE n.nspname = 'hx_data' AND c.relname = 'inpatient_discharge' AND i.indisprimary
              AND i.indnatts = 2
            """);
        Assert.Equal(1, key); // institution_code, inpatient_no: a record is its business key, whatever its event time
        Assert.Equal(0, await _database.ScalarAsync(
            "SELECT count(*) FROM pg_partitioned_table p JOIN pg_class c ON c.oid = p.partrelid JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = 'hx_data'"));
    }

    [Fact]
    public async Task Migrating_again_changes_nothing_and_a_new_column_is_added_in_place()
    {
        var migrator = new SchemaMigrator(_database.DataSource);
        Assert.Equal(0, await migrator.MigrateAsync(Some.Catalogues));

        // A later catalogue version adds a column to an existing table: the migration adds it, nothing is lost.
        var table = Some.OutpatientTable;
        var grown = table with { Columns = [.. table.Columns, new ColumnDefinition("triage_level", null, "分诊级别", "Triage level", new ColumnType(ColumnKind.Code, 2), false, null, PersonalDataClass.None)] };
        var catalogue = Some.HospitalCatalogue with { Tables = [.. Some.HospitalCatalogue.Tables.Select(t => t.Code == table.Code ? grown : t)] };
        Assert.Equal(1, await migrator.MigrateAsync(new CatalogueSet([catalogue])));
        Assert.Equal(1, await _database.ScalarAsync(
            "SELECT count(*) FROM information_schema.columns WHERE table_schema = 'hx_data' AND table_name = 'outpatient_visit' AND column_name = 'triage_level'"));
    }
}
