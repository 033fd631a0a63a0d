using HealthExchange.Ingest.Loading;
using HealthExchange.TestSupport;
using Npgsql;
using NpgsqlTypes;
using Xunit;

namespace HealthExchange.Ingest.Tests;

/// <summary>
/// The loader's own binary COPY encoder must store exactly what Npgsql's importer stores: the same values of every
/// type the loader writes, edge cases included, are copied into two tables of the same shape, once each way, and
/// PostgreSQL's text of every row is compared. A writer abandoned mid-way stores nothing, and a unique violation is
/// raised where the loader's fallback expects it.
/// </summary>
public sealed class BinaryCopyWriterTests : IAsyncLifetime
{
    private const string Columns = "(id, label, note, amount, plain_amount, count, day, moment, instant, flag, row_no, issues)";
    private TestDatabase _database = null!;

    public async Task InitializeAsync() => _database = await TestDatabase.CreateAsync(seedInstitutions: false);

    public async Task DisposeAsync() => await _database.DisposeAsync();

    private static readonly decimal[] Amounts =
    [
        0m, 0.00m, -0.00m, 1m, -1m, 0.0001m, -0.0001m, 12.5m, 12.50m, 9999m, 10000m, 10001m, 123456789.1234m, -98765.4321m,
        0.1m, 100000000m, 1234567890123.0001m, 79228162514264337593543950335m, -79228162514264337593543950335m,
        0.0000000000000000000000000001m, 3.1415926535897932384626433833m, 1e-5m, 20000.0000m,
    ];

    private static IEnumerable<object?[]> Rows()
    {
        var documents = new[] { "[]", "{\"code\":\"HX1001\",\"zh\":\"必填项缺失\",\"row\":12}", "[{\"a\":null,\"b\":[1,2.50,\"\\u00e9x\"]}]" };
        var texts = new[] { "", "a", "门诊", "王小明 ,\"\t\\n'", new string('x', 70_000), "𠀀 emoji 😀", "末尾空格 " };
        var days = new[] { new DateOnly(1900, 1, 1), new DateOnly(1999, 12, 31), new DateOnly(2000, 1, 1), new DateOnly(2024, 2, 29), new DateOnly(2099, 12, 31) };
        var moments = new[]
        {
            new DateTime(1900, 1, 1, 0, 0, 0), new DateTime(1999, 12, 31, 23, 59, 59, 999).AddTicks(9999), new DateTime(2000, 1, 1),
            new DateTime(2022, 6, 30, 8, 15, 30, 123).AddTicks(4567), new DateTime(2026, 12, 3, 23, 59, 59),
        };
        for (var i = 0; i < 60; i++)
            yield return
            [
                (long)i,
                texts[i % texts.Length],
                i % 5 == 0 ? null : texts[(i + 3) % texts.Length],
                i % 7 == 6 ? null : Amounts[i % Amounts.Length] % 100000000000000m,
                Amounts[(i * 5) % Amounts.Length],
                i % 4 == 0 ? long.MinValue + i : i % 4 == 1 ? long.MaxValue - i : (long)(i * -37),
                days[i % days.Length],
                moments[i % moments.Length],
                DateTime.SpecifyKind(moments[(i + 2) % moments.Length], DateTimeKind.Utc),
                i % 3 == 0 ? null : i % 2 == 0,
                i % 2 == 0 ? int.MinValue + i : int.MaxValue - i,
                i % 4 == 3 ? null : new Json(documents[i % documents.Length]),
            ];
    }

    [Fact]
    public async Task Stores_every_value_exactly_as_Npgsqls_importer_does()
    {
        await using var connection = await _database.DataSource.OpenConnectionAsync();
        await ExecuteAsync(connection, Create("via_npgsql") + Create("via_writer"));

        await using (var importer = await connection.BeginBinaryImportAsync($"COPY via_npgsql {Columns} FROM STDIN (FORMAT BINARY)"))
        {
            var types = new[] { NpgsqlDbType.Bigint, NpgsqlDbType.Varchar, NpgsqlDbType.Text, NpgsqlDbType.Numeric, NpgsqlDbType.Numeric, NpgsqlDbType.Bigint,
                NpgsqlDbType.Date, NpgsqlDbType.Timestamp, NpgsqlDbType.TimestampTz, NpgsqlDbType.Boolean, NpgsqlDbType.Integer, NpgsqlDbType.Jsonb };
            foreach (var row in Rows())
            {
                await importer.StartRowAsync();
                for (var i = 0; i < row.Length; i++)
                    if (row[i] is Json json) await importer.WriteAsync(json.Text, types[i]);
                    else if (row[i] is { } value) await importer.WriteAsync(value, types[i]);
                    else await importer.WriteNullAsync();
            }
            await importer.CompleteAsync();
        }
        await using (var copy = await BinaryCopyWriter.BeginAsync(connection, $"COPY via_writer {Columns} FROM STDIN (FORMAT BINARY)", CancellationToken.None))
        {
            foreach (var row in Rows())
            {
                await copy.StartRowAsync((short)row.Length, CancellationToken.None);
                Write(copy, row);
            }
            await copy.CompleteAsync(CancellationToken.None);
        }

        var expected = await DumpAsync(connection, "via_npgsql");
        Assert.Equal(60, expected.Count);
        Assert.Equal(expected, await DumpAsync(connection, "via_writer"));
        // Not vacuous: the unconstrained numeric column keeps each decimal's own scale, as sent.
        Assert.Contains(expected, line => line.Contains("12.50", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_writer_disposed_before_completion_stores_nothing_and_leaves_the_connection_usable()
    {
        await using var connection = await _database.DataSource.OpenConnectionAsync();
        await ExecuteAsync(connection, Create("abandoned"));
        await using (var copy = await BinaryCopyWriter.BeginAsync(connection, $"COPY abandoned {Columns} FROM STDIN (FORMAT BINARY)", CancellationToken.None))
        {
            // Enough rows to have sent some data already (a flush every 64 KB).
            foreach (var row in Rows().Concat(Rows()))
            {
                await copy.StartRowAsync((short)row.Length, CancellationToken.None);
                Write(copy, row);
            }
        }
        Assert.Empty(await DumpAsync(connection, "abandoned"));
    }

    [Fact]
    public async Task A_key_already_stored_is_a_unique_violation_at_completion()
    {
        await using var connection = await _database.DataSource.OpenConnectionAsync();
        await ExecuteAsync(connection, Create("keyed") + "INSERT INTO keyed (id, row_no) VALUES (3, 0);");
        var copy = await BinaryCopyWriter.BeginAsync(connection, $"COPY keyed {Columns} FROM STDIN (FORMAT BINARY)", CancellationToken.None);
        await using (copy)
        {
            foreach (var row in Rows().Take(5))
            {
                await copy.StartRowAsync((short)row.Length, CancellationToken.None);
                Write(copy, row);
            }
            var error = await Assert.ThrowsAsync<PostgresException>(() => copy.CompleteAsync(CancellationToken.None));
            Assert.Equal(PostgresErrorCodes.UniqueViolation, error.SqlState);
        }
        Assert.Single(await DumpAsync(connection, "keyed"));
    }

    private static void Write(BinaryCopyWriter copy, object?[] row)
    {
        foreach (var value in row)
            switch (value)
            {
                case null: copy.WriteNull(); break;
                case string text: copy.WriteText(text); break;
                case long integer: copy.WriteInt64(integer); break;
                case int integer: copy.WriteInt32(integer); break;
                case decimal number: copy.WriteNumeric(number); break;
                case DateOnly day: copy.WriteDate(day); break;
                case DateTime moment: copy.WriteTimestamp(moment); break;
                case bool flag: copy.WriteBoolean(flag); break;
                case Json json: copy.WriteJsonb(json.Text); break;
                default: throw new InvalidOperationException(value.GetType().Name);
            }
    }

    private static string Create(string name) => $"""
        CREATE TABLE {name} (id bigint PRIMARY KEY, label varchar(80000), note text, amount numeric(28,4), plain_amount numeric,
            count bigint, day date, moment timestamp, instant timestamptz, flag boolean, row_no integer NOT NULL, issues jsonb);
        """;

    /// <summary>A value for the jsonb column (a plain string goes to the text ones).</summary>
    private sealed record Json(string Text);

    private static async Task<List<string>> DumpAsync(NpgsqlConnection connection, string table)
    {
        await using var command = new NpgsqlCommand($"SET TIME ZONE 'UTC'; SELECT t::text FROM {table} t ORDER BY id", connection);
        await using var reader = await command.ExecuteReaderAsync();
        var lines = new List<string>();
        do
            while (await reader.ReadAsync()) lines.Add(reader.GetString(0));
        while (await reader.NextResultAsync());
        return lines;
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
