using YamlDotNet.RepresentationModel;

namespace HealthExchange.Validation.Catalogues;

// A table's optional cross-field rules: `checks: [ { rule: not_before, column: discharge_time, reference: admission_time } ]`.
public static partial class CatalogueLoader
{
    private sealed partial class Context
    {
        private List<TableCheck> ReadChecks(YamlMappingNode table, string code, IReadOnlyList<ColumnDefinition> columns)
        {
            var checks = new List<TableCheck>();
            switch (table.Child("checks"))
            {
                case null:
                    return checks;
                case not YamlSequenceNode:
                    Defect(table, CatalogueDefectKinds.Syntax, $"'checks' of '{code}' must be a list");
                    return checks;
            }
            foreach (var node in table.Sequence("checks"))
            {
                if (node is not YamlMappingNode map) { Defect(node, CatalogueDefectKinds.Syntax, "a check must be a mapping"); continue; }
                var ruleText = Required(map, "rule");
                var column = Required(map, "column");
                var reference = Required(map, "reference");
                if (ruleText.Length == 0 || column.Length == 0 || reference.Length == 0) continue;
                var valid = TableCheckRuleNames.TryParse(ruleText, out var rule);
                if (!valid)
                    Defect(map, CatalogueDefectKinds.UnknownRule, $"{code}: check rule '{ruleText}' is not one of {string.Join(", ", TableCheckRuleNames.All)}");
                valid &= CheckTemporal(map, code, column, columns) & CheckTemporal(map, code, reference, columns);
                if (column == reference)
                {
                    Defect(map, CatalogueDefectKinds.BadValue, $"{code}: a check compares '{column}' with itself");
                    valid = false;
                }
                if (valid) checks.Add(new TableCheck(rule, column, reference));
            }
            return checks;
        }

        private bool CheckTemporal(YamlMappingNode map, string code, string name, IReadOnlyList<ColumnDefinition> columns)
        {
            var column = columns.FirstOrDefault(candidate => candidate.Name == name);
            if (column is null)
            {
                Defect(map, CatalogueDefectKinds.UnknownColumn, $"check column '{name}' is not a column of '{code}'");
                return false;
            }
            if (column.Type.IsTemporal) return true;
            Defect(map, CatalogueDefectKinds.BadValue, $"check column '{code}.{name}' is {column.Type}, not a date or datetime");
            return false;
        }
    }
}
