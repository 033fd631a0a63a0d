using System.Collections.Concurrent;
using HealthExchange.Validation.Catalogues;

namespace HealthExchange.Validation.Checking;

/// <summary>
/// Which ordinals of a table take part in the row-spanning checks, worked out once per table from the
/// catalogue (national-ID columns, the ID-type column that says whether an ID is a 居民身份证, the birth date,
/// the columns of the table's cross-field checks).
/// </summary>
internal sealed class TableCheckPlan
{
    /// <summary>Code 01 of CV02.01.101: 居民身份证, the only ID document GB 11643 applies to.</summary>
    public const string ResidentIdCardCode = "01";

    private const string BirthDateElement = "DE02.01.005.01";

    private static readonly ConcurrentDictionary<TableDefinition, TableCheckPlan> Plans = new(ReferenceEqualityComparer.Instance);

    public static TableCheckPlan For(TableDefinition table) => Plans.GetOrAdd(table, static t => new TableCheckPlan(t));

    private TableCheckPlan(TableDefinition table)
    {
        NationalIdOrdinals = table.Columns.Select((column, index) => (column, index))
            .Where(pair => pair.column.Personal == PersonalDataClass.NationalId).Select(pair => pair.index).ToArray();
        IdTypeOrdinal = IndexWhere(table, column => column.ValueSetId == "id_document_type");
        BirthDateOrdinal = IndexWhere(table, column => column.Type.Kind == ColumnKind.Date
            && (column.Element == BirthDateElement || column.Name == "birth_date"));
        KeyOrdinals = table.BusinessKeyIndexes.ToArray();
        OrderChecks = table.Checks.Select(check => new OrderCheck(check.Rule, table.IndexOf(check.Column), table.IndexOf(check.Reference))).ToArray();
    }

    public int[] NationalIdOrdinals { get; }
    public int IdTypeOrdinal { get; }
    public int BirthDateOrdinal { get; }
    public int[] KeyOrdinals { get; }
    public OrderCheck[] OrderChecks { get; }

    /// <summary>A <see cref="TableCheck"/> with its columns resolved to ordinals.</summary>
    internal readonly record struct OrderCheck(TableCheckRule Rule, int ColumnOrdinal, int ReferenceOrdinal);

    private static int IndexWhere(TableDefinition table, Func<ColumnDefinition, bool> predicate)
    {
        for (var i = 0; i < table.Columns.Count; i++)
            if (predicate(table.Columns[i])) return i;
        return -1;
    }
}
