using Npgsql;
using Xunit;

namespace HealthExchange.TestSupport;

/// <summary>
/// The roll-ups the metrics read must equal what 012_rollups.sql would rebuild from their sources (docs/postgres-contract.md):
/// upload figures from hx.batches, months from days, new persons from the persons. Checked whenever a test database is
/// disposed (<see cref="TestDatabase.DisposeAsync"/>), so any path — present or added later — that writes a source without
/// moving its roll-ups in the same statement fails the tests that exercised it.
/// </summary>
public static class RollupInvariant
{
    // Each query yields the rows on which the kept roll-up and its rebuild disagree (all-zero rows count as absent).
    private static readonly (string Name, string Sql)[] Checks =
    [
        ("hx.daily_uploads vs hx.batches", Symmetric(
            "SELECT institution_code, upload_day, table_code, source_kind, rows_received, rows_accepted, rows_inserted, dead_letters FROM hx.daily_uploads",
            """
            SELECT institution_code, upload_day, coalesce(table_code, '') AS table_code, source_kind, sum(rows_received) AS rows_received,
                   sum(rows_accepted) AS rows_accepted, sum(rows_inserted) AS rows_inserted, count(*) FILTER (WHERE status = 'dead_letter') AS dead_letters
            FROM hx.batches GROUP BY 1, 2, 3, 4
            """)),
        ("hx.monthly_uploads vs hx.daily_uploads", Symmetric(
            "SELECT institution_code, month, table_code, source_kind, rows_received, rows_accepted, rows_inserted, dead_letters FROM hx.monthly_uploads",
            """
            SELECT institution_code, date_trunc('month', upload_day)::date AS month, table_code, source_kind, sum(rows_received) AS rows_received,
                   sum(rows_accepted) AS rows_accepted, sum(rows_inserted) AS rows_inserted, sum(dead_letters) AS dead_letters
            FROM hx.daily_uploads GROUP BY 1, 2, 3, 4
            """)),
        // A day once counted stays counted (a replay that turns out a duplicate leaves its dead letter's day), so the kept
        // days hold at least every day with rows received.
        ("hx.upload_days missing days of hx.batches", """
            SELECT institution_code, upload_day FROM hx.batches WHERE rows_received > 0
            EXCEPT SELECT institution_code, upload_day FROM hx.upload_days
            """),
        ("hx.monthly_upload_days vs hx.upload_days", Symmetric(
            "SELECT institution_code, month, days::bigint AS days FROM hx.monthly_upload_days",
            "SELECT institution_code, date_trunc('month', upload_day)::date AS month, count(*) AS days FROM hx.upload_days GROUP BY 1, 2")),
        ("hx.monthly_records vs hx.daily_records", Symmetric(
            "SELECT institution_code, table_code, month, records, realtime_records FROM hx.monthly_records",
            """
            SELECT institution_code, table_code, date_trunc('month', event_day)::date AS month, sum(records) AS records,
                   sum(realtime_records) AS realtime_records
            FROM hx.daily_records GROUP BY 1, 2, 3
            """)),
        ("hx.monthly_new_persons vs hx.health_record_persons", Symmetric(
            "SELECT institution_code, role, month, persons FROM hx.monthly_new_persons",
            "SELECT institution_code, role, date_trunc('month', first_upload_day)::date AS month, count(*) AS persons FROM hx.health_record_persons GROUP BY 1, 2, 3")),
    ];

    public static async Task AssertKeptAsync(NpgsqlDataSource dataSource)
    {
        var drift = new List<string>();
        foreach (var (name, sql) in Checks)
        {
            await using var command = dataSource.CreateCommand($"SELECT count(*) FROM ({sql}) AS d");
            var rows = (long)(await command.ExecuteScalarAsync())!;
            if (rows > 0) drift.Add($"{name}: {rows} row(s) differ");
        }
        Assert.True(drift.Count == 0, "roll-ups drifted from their sources: " + string.Join("; ", drift));
    }

    /// <summary>Rows in one side and not the other; the last columns are the measures, and a row of zero measures is left out.</summary>
    private static string Symmetric(string kept, string rebuilt) => $"""
        ((SELECT * FROM ({kept}) AS k WHERE NOT {AllZero("k")}) EXCEPT (SELECT * FROM ({rebuilt}) AS r WHERE NOT {AllZero("r")}))
        UNION ALL
        ((SELECT * FROM ({rebuilt}) AS r WHERE NOT {AllZero("r")}) EXCEPT (SELECT * FROM ({kept}) AS k WHERE NOT {AllZero("k")}))
        """;

    // A row whose every numeric column is zero, read through the row's JSON so one expression serves every shape (every
    // column is named, so none hides another).
    private static string AllZero(string alias) =>
        $"(SELECT bool_and(value::text = '0') FROM jsonb_each(to_jsonb({alias})) WHERE jsonb_typeof(value) = 'number')";
}
