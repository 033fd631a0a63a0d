using HealthExchange.Validation.Catalogues;

namespace HealthExchange.Metrics.Computation;

/// <summary>
/// The tables counted in 检验检查上传量: those the institution's catalogue files under category 检查检验 (lab results,
/// imaging and other examination reports). The catalogue decides, so an operator's own catalogue counts its own tables.
/// </summary>
internal static class InspectionTables
{
    public const string Category = "检查检验";

    public static IEnumerable<TableDefinition> Of(TableCatalogue? catalogue) =>
        catalogue?.Tables.Where(table => table.Category == Category) ?? [];
}
