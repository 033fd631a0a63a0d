namespace HealthExchange.Ingest.DeadLetters;

/// <summary>One row of hx.dead_letters as `hx dlq list` shows it (the record's bytes stay in the database).</summary>
public sealed record StoredDeadLetter(
    long Id,
    DateTimeOffset ReceivedAt,
    string Topic,
    int Partition,
    long Offset,
    string Institution,
    string BatchId,
    string Code,
    string Reason,
    int Bytes,
    int Attempts,
    DateTimeOffset? ReplayedAt,
    string? ReplayStatus);

/// <summary>Which dead letters: by id, or by institution, code and arrival; replayed ones only when asked.</summary>
public sealed record DeadLetterFilter(IReadOnlyList<long> Ids, string? Institution, string? Code, DateTimeOffset? Since, bool IncludeReplayed = false);
