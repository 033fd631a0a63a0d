namespace HealthExchange.Ingest.Loading;

/// <summary>
/// The upload roll-ups (hx.daily_uploads, hx.monthly_uploads, hx.upload_days, hx.monthly_upload_days) kept the way
/// <see cref="RecordFacts"/> keeps the record roll-ups: every statement that changes a ledger row's counts carries a
/// CTE named `ledger_facts` listing that row's contribution before (sign −1) and after (sign +1) the change — or, for a
/// statement that only adds to a count, the amount added (sign +1) — and the CTEs here move the roll-ups by their sums,
/// in the same statement. One mechanism for every roll-up; Re-running 012_rollups.sql rebuilds them all from hx.batches.
/// </summary>
/// <remarks>
/// `ledger_facts` columns, in order: institution_code, upload_day, table_code ('' for none), source_kind,
/// rows_received, rows_accepted, rows_inserted, dead_letters, sign. An upload day, once counted, stays counted.
/// </remarks>
internal static class LedgerFacts
{
    private const string Columns = "institution_code, upload_day, table_code, source_kind, rows_received, rows_accepted, rows_inserted, dead_letters, sign";

    /// <summary>A ledger row's whole contribution, for a RETURNING or SELECT over hx.batches (aliased) with the given sign.</summary>
    public static string Contribution(string alias, int sign) =>
        Of(alias, $"{alias}.rows_received", $"{alias}.rows_accepted", $"{alias}.rows_inserted", $"({alias}.status = 'dead_letter')::int", sign);

    /// <summary>What a statement that only adds to a row's counts brings (SQL expressions of the amounts), for its RETURNING.</summary>
    public static string Added(string alias, string accepted = "0", string inserted = "0") => Of(alias, "0", accepted, inserted, "0", 1);

    private static string Of(string alias, string received, string accepted, string inserted, string deadLetters, int sign) =>
        $"{alias}.institution_code, {alias}.upload_day, coalesce({alias}.table_code, '') AS table_code, {alias}.source_kind, " +
        $"({received})::bigint AS rows_received, ({accepted})::bigint AS rows_accepted, ({inserted})::bigint AS rows_inserted, " +
        $"({deadLetters})::bigint AS dead_letters, {sign} AS sign";

    /// <summary>
    /// A statement that sets a ledger row's counts outright, with its upkeep. <paramref name="set"/> is the UPDATE's SET
    /// list (over hx.batches AS b); <paramref name="rowFilter"/> picks the row (over b). The row is locked and read first
    /// (`before`, which the UPDATE joins, so its lock precedes the change and every row it took is the one updated), so
    /// the contribution taken away is exactly the one the update replaces even when another transaction changed the row
    /// meanwhile. Yields the number of rows changed.
    /// </summary>
    public static string Rewriting(string rowFilter, string set) => $"""
        WITH before AS (SELECT b.batch_id AS key_batch, {Contribution("b", -1)} FROM hx.batches AS b WHERE {rowFilter} FOR UPDATE)
        , after AS (
            UPDATE hx.batches AS b SET {set} FROM before AS o WHERE b.institution_code = o.institution_code AND b.batch_id = o.key_batch
            RETURNING {Contribution("b", 1)})
        , ledger_facts AS (SELECT {Columns} FROM before UNION ALL SELECT {Columns} FROM after)
        {Upkeep}
        SELECT count(*)::int FROM after
        """;

    /// <summary>
    /// A statement whose rows bring their whole contribution (<paramref name="change"/>: an INSERT into hx.batches AS b
    /// with no RETURNING, e.g. a dead letter, whose ON CONFLICT may only take over a row a replay zeroed), with its upkeep.
    /// Yields the number of rows written.
    /// </summary>
    public static string Adding(string change) => $"""
        WITH ledger_facts AS ({change} RETURNING {Contribution("b", 1)})
        {Upkeep}
        SELECT count(*)::int FROM ledger_facts
        """;

    /// <summary>CTEs that consume `ledger_facts`, to follow it in a WITH clause.</summary>
    public static readonly string Upkeep = $"""
        {Sums("ledger_daily", "hx.daily_uploads", "upload_day", "upload_day")}
        {Sums("ledger_monthly", "hx.monthly_uploads", "month", "date_trunc('month', upload_day)::date")}
        , ledger_days AS (
            INSERT INTO hx.upload_days (institution_code, upload_day)
            SELECT DISTINCT institution_code, upload_day FROM ledger_facts WHERE sign = 1 AND rows_received > 0
            ON CONFLICT DO NOTHING
            RETURNING institution_code, upload_day)
        , ledger_month_days AS (
            INSERT INTO hx.monthly_upload_days AS m (institution_code, month, days)
            SELECT institution_code, date_trunc('month', upload_day)::date, count(*) FROM ledger_days GROUP BY 1, 2
            ON CONFLICT (institution_code, month) DO UPDATE SET days = m.days + excluded.days)
        """;

    /// <summary>The daily and the monthly upload figures are the same sums over a different period column.</summary>
    private static string Sums(string name, string table, string period, string periodExpression) => $"""
        , {name} AS (
            INSERT INTO {table} AS u (institution_code, {period}, table_code, source_kind, rows_received, rows_accepted, rows_inserted, dead_letters)
            SELECT institution_code, {periodExpression}, table_code, source_kind,
                   sum(sign * rows_received), sum(sign * rows_accepted), sum(sign * rows_inserted), sum(sign * dead_letters)
            FROM ledger_facts GROUP BY 1, 2, 3, 4
            HAVING sum(sign * rows_received) <> 0 OR sum(sign * rows_accepted) <> 0 OR sum(sign * rows_inserted) <> 0 OR sum(sign * dead_letters) <> 0
            ON CONFLICT (institution_code, {period}, table_code, source_kind) DO UPDATE SET
                rows_received = u.rows_received + excluded.rows_received, rows_accepted = u.rows_accepted + excluded.rows_accepted,
                rows_inserted = u.rows_inserted + excluded.rows_inserted, dead_letters = u.dead_letters + excluded.dead_letters)
        """;
}
