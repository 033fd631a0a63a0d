using HealthExchange.Validation.Catalogues;

namespace HealthExchange.Validation.Checking;

/// <summary>
/// Which ordinals of a table take part in the row-spanning checks, worked out once per table from the
/// catalogue (national-ID columns, the ID-type column that says whether an ID is a 居民身份证, the birth date).
/// </summary>
internal sealed class TableCheckPlan
{
    /// <summary>Code 01 of CV02.01.101: 居民身份证, the only ID document GB 11643 applies to.</summary>
    public const string ResidentIdCardCode = "01";

    private const string BirthDateElement = "DE02.01.005.01";

    public TableCheckPlan(TableDefinition table)
    {
        NationalIdOrdinals = table.Columns.Select((column, index) => (column, index))
            .Where(pair => pair.column.Personal == PersonalDataClass.NationalId).Select(pair => pair.index).ToArray();
        IdTypeOrdinal = IndexWhere(table, column => column.ValueSetId == "id_document_type");
        BirthDateOrdinal = IndexWhere(table, column => column.Type.Kind == ColumnKind.Date
            && (column.Element == BirthDateElement || column.Name == "birth_date"));
        KeyOrdinals = table.BusinessKeyIndexes.ToArray();
    }

    public int[] NationalIdOrdinals { get; }
    public int IdTypeOrdinal { get; }
    public int BirthDateOrdinal { get; }
    public int[] KeyOrdinals { get; }

    private static int IndexWhere(TableDefinition table, Func<ColumnDefinition, bool> predicate)
    {
        for (var i = 0; i < table.Columns.Count; i++)
            if (predicate(table.Columns[i])) return i;
        return -1;
    }
}
