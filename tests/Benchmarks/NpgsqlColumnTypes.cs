using HealthExchange.Validation.Catalogues;
using NpgsqlTypes;

namespace HealthExchange.Benchmarks;

/// <summary>
/// The Npgsql type of a catalogue column, for the raw ceilings that copy through Npgsql's own importer, the "raw Npgsql
/// binary COPY" the issue measured (the platform writes with BinaryCopyWriter instead).
/// </summary>
internal static class NpgsqlColumnTypes
{
    public static NpgsqlDbType Of(ColumnType type) => type.Kind switch
    {
        ColumnKind.String or ColumnKind.Code => NpgsqlDbType.Varchar,
        ColumnKind.Integer => NpgsqlDbType.Bigint,
        ColumnKind.Decimal => NpgsqlDbType.Numeric,
        ColumnKind.Date => NpgsqlDbType.Date,
        ColumnKind.DateTime => NpgsqlDbType.Timestamp,
        ColumnKind.Boolean => NpgsqlDbType.Boolean,
        _ => throw new ArgumentOutOfRangeException(nameof(type)),
    };
}
