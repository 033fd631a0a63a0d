using HealthExchange.Validation.Catalogues;

namespace HealthExchange.Ingest.Schema;

/// <summary>
/// Every SQL identifier the platform writes comes through here, from catalogue codes that
/// <see cref="SqlIdentifier"/> has already checked; nothing from a message ever becomes an identifier.
/// </summary>
internal static class SqlNames
{
    public const string DataSchema = "hx_data";

    public static string Quote(string identifier) => SqlIdentifier.IsValid(identifier) || SqlIdentifier.Reserved.Contains(identifier)
        ? "\"" + identifier + "\""
        : throw new ArgumentException($"'{identifier}' is not a catalogue identifier", nameof(identifier));

    public static string DataTable(TableDefinition table) => $"{DataSchema}.{Quote(table.Code)}";

    public static string Partition(TableDefinition table, DateOnly month) => $"{DataSchema}.\"{table.Code}_p{month:yyyyMM}\"";

    public static string SqlType(ColumnType type) => type.Kind switch
    {
        ColumnKind.String or ColumnKind.Code => $"varchar({type.Length})",
        ColumnKind.Integer => "bigint",
        ColumnKind.Decimal => $"numeric({type.Precision},{type.Scale})",
        ColumnKind.Date => "date",
        ColumnKind.DateTime => "timestamp",
        ColumnKind.Boolean => "boolean",
        _ => throw new ArgumentOutOfRangeException(nameof(type)),
    };
}
