using System.Text.Json;
using System.Xml.Linq;
using HealthExchange.Cda.Types;
using HealthExchange.Validation.Catalogues;
using HealthExchange.Validation.Reading;

namespace HealthExchange.Cda.Extraction;

/// <summary>
/// Applies one extraction rule to a document: one source row per element the rule's rows path selects (one
/// for the whole document without it), values aligned to the catalogue table's columns. The rows then go
/// through the same validator as table uploads.
/// </summary>
internal static class RowExtractor
{
    public static IReadOnlyList<SourceRow> Extract(XElement root, ExtractionRule rule, TableDefinition table, string documentId, CdaPathIndex index)
    {
        var contexts = rule.Rows is null ? [root] : rule.Rows.SelectElements(root, root, index);
        var rows = new List<SourceRow>(contexts.Count);
        for (var i = 0; i < contexts.Count; i++)
        {
            var values = new string?[table.Columns.Count];
            foreach (var (column, columnRule) in rule.Columns)
            {
                var ordinal = table.IndexOf(column);
                var raw = columnRule.Constant ?? columnRule.Path?.Evaluate(contexts[i], root, i + 1, index) ?? columnRule.Default;
                values[ordinal] = ValueShaper.Shape(raw, table.Columns[ordinal].Type);
            }
            rows.Add(new SourceRow(i + 1, values, Raw(documentId, table, i + 1)));
        }
        return rows;
    }

    /// <summary>What stands for the raw line of a table row: where in which document the row came from.</summary>
    private static string Raw(string documentId, TableDefinition table, int row) =>
        JsonSerializer.Serialize(new { document = documentId, table = table.Code, row });
}
