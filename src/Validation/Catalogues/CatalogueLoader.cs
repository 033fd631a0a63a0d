using System.Xml;
using YamlDotNet.RepresentationModel;

namespace HealthExchange.Validation.Catalogues;

/// <summary>
/// Loads a catalogue YAML file and the value sets it refers to, collecting every defect with its line
/// instead of stopping at the first, so `hx catalogue check` can list them all at once.
/// </summary>
public static partial class CatalogueLoader
{
    public static CatalogueLoadResult Load(string catalogueFile, string valueSetDirectory)
    {
        var defects = new List<CatalogueDefect>();
        var valueSets = ValueSetLoader.LoadDirectory(valueSetDirectory, defects);
        return Load(catalogueFile, valueSets, defects);
    }

    public static CatalogueLoadResult Load(string file, IReadOnlyDictionary<string, ValueSet> valueSets, List<CatalogueDefect>? defects = null)
    {
        defects ??= [];
        if (YamlFiles.TryLoadMapping(file, out var error, out var line) is not { } root)
        {
            defects.Add(new CatalogueDefect(file, line, CatalogueDefectKinds.Syntax, error));
            return new CatalogueLoadResult(null, defects);
        }

        var context = new Context(file, valueSets, defects);
        var catalogue = context.ReadCatalogue(root);
        return new CatalogueLoadResult(catalogue, defects);
    }

    private sealed partial class Context(string file, IReadOnlyDictionary<string, ValueSet> valueSets, List<CatalogueDefect> defects)
    {
        private void Defect(YamlNode node, string kind, string message) => defects.Add(new CatalogueDefect(file, node.Line(), kind, message));

        private string Required(YamlMappingNode map, string key)
        {
            var value = map.Scalar(key);
            if (value is null) Defect(map, CatalogueDefectKinds.MissingField, $"'{key}' is missing");
            return value ?? "";
        }

        public TableCatalogue? ReadCatalogue(YamlMappingNode root)
        {
            var id = Required(root, "id");
            var version = Required(root, "version");
            if (!InstitutionKindNames.TryParse(root.Scalar("kind"), out var kind))
                Defect(root, CatalogueDefectKinds.BadValue, "'kind' must be hospital or district");
            var requiredTables = ReadInt(root, "requiredTables");
            var realtimeForms = ReadInt(root, "realtimeForms");

            var tables = new List<TableDefinition>();
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var node in root.Sequence("tables"))
            {
                if (node is not YamlMappingNode map) { Defect(node, CatalogueDefectKinds.Syntax, "a table must be a mapping"); continue; }
                var table = ReadTable(map);
                if (table is null) continue;
                if (!seen.Add(table.Code)) { Defect(map, CatalogueDefectKinds.DuplicateCode, $"table code '{table.Code}' is defined twice"); continue; }
                tables.Add(table);
            }

            if (tables.Count != requiredTables)
                Defect(root, CatalogueDefectKinds.TableCount, $"declares requiredTables {requiredTables} but defines {tables.Count} tables");
            CheckRealtimeForms(root, tables, realtimeForms);
            CheckRoles(root, tables, kind);
            return new TableCatalogue(id, version, kind, root.Scalar("nameZh") ?? id, root.Scalar("nameEn") ?? id, requiredTables, realtimeForms, tables);
        }

        private int ReadInt(YamlMappingNode map, string key)
        {
            var text = Required(map, key);
            if (int.TryParse(text, out var value) && value >= 0) return value;
            if (text.Length > 0) Defect(map, CatalogueDefectKinds.BadValue, $"'{key}' must be a whole number, not '{text}'");
            return 0;
        }

        private void CheckRealtimeForms(YamlMappingNode root, List<TableDefinition> tables, int declared)
        {
            var forms = tables.Where(table => table.Realtime is not null).Select(table => table.Realtime!.Form).ToList();
            if (forms.Count != declared)
                Defect(root, CatalogueDefectKinds.RealtimeCount, $"declares realtimeForms {declared} but {forms.Count} tables carry a realtime block");
            foreach (var repeated in forms.GroupBy(form => form).Where(group => group.Count() > 1))
                Defect(root, CatalogueDefectKinds.RealtimeCount, $"real-time form number {repeated.Key} is used by {repeated.Count()} tables");
        }

        private void CheckRoles(YamlMappingNode root, List<TableDefinition> tables, InstitutionKind kind)
        {
            var needed = new List<TableRole> { TableRole.OutpatientVisits, TableRole.Discharges };
            if (kind == InstitutionKind.District)
                needed.AddRange([TableRole.HealthRecordBasic, TableRole.HealthRecordHypertension, TableRole.HealthRecordDiabetes]);
            foreach (var role in needed)
            {
                var count = tables.Count(table => table.Roles.Contains(role));
                if (count == 0) Defect(root, CatalogueDefectKinds.RoleMissing, $"no table has the role '{role.ToWire()}'");
                if (count > 1) Defect(root, CatalogueDefectKinds.RoleRepeated, $"{count} tables have the role '{role.ToWire()}'");
            }
        }

        private TableDefinition? ReadTable(YamlMappingNode map)
        {
            var code = Required(map, "code");
            if (code.Length == 0) return null;
            if (!SqlIdentifier.IsValid(code)) { Defect(map, CatalogueDefectKinds.BadValue, $"table code '{code}' is not a valid identifier (^[a-z][a-z0-9_]{{0,40}}$)"); return null; }

            var columns = new List<ColumnDefinition>();
            var names = new HashSet<string>(StringComparer.Ordinal);
            foreach (var node in map.Sequence("columns"))
            {
                if (node is not YamlMappingNode columnMap) { Defect(node, CatalogueDefectKinds.Syntax, "a column must be a mapping"); continue; }
                var column = ReadColumn(code, columnMap);
                if (column is null) continue;
                if (!names.Add(column.Name)) { Defect(columnMap, CatalogueDefectKinds.DuplicateColumn, $"{code}.{column.Name} is defined twice"); continue; }
                columns.Add(column);
            }
            if (columns.Count == 0) Defect(map, CatalogueDefectKinds.MissingField, $"table '{code}' has no columns");

            var businessKey = map.Strings("businessKey");
            if (businessKey.Count == 0) Defect(map, CatalogueDefectKinds.MissingField, $"table '{code}' has no businessKey");
            foreach (var key in businessKey.Where(key => !names.Contains(key)))
                Defect(map, CatalogueDefectKinds.UnknownColumn, $"businessKey column '{key}' is not a column of '{code}'");

            var eventTime = Required(map, "eventTime");
            var eventColumn = columns.FirstOrDefault(column => column.Name == eventTime);
            if (eventTime.Length > 0 && eventColumn is null)
                Defect(map, CatalogueDefectKinds.UnknownColumn, $"eventTime column '{eventTime}' is not a column of '{code}'");
            else if (eventColumn is not null && (!eventColumn.Type.IsTemporal || !eventColumn.Required))
                Defect(map, CatalogueDefectKinds.BadValue, $"eventTime column '{eventTime}' must be a required date or datetime");

            var requiredFor = new List<InstitutionKind>();
            foreach (var text in map.Strings("requiredFor"))
            {
                if (InstitutionKindNames.TryParse(text, out var kind)) requiredFor.Add(kind);
                else Defect(map, CatalogueDefectKinds.BadValue, $"requiredFor '{text}' must be hospital or district");
            }
            var roles = new List<TableRole>();
            foreach (var text in map.Strings("roles"))
            {
                if (TableRoleNames.TryParse(text, out var role)) roles.Add(role);
                else Defect(map, CatalogueDefectKinds.BadValue, $"unknown role '{text}'");
            }

            var personKey = map.Scalar("personKey");
            if (personKey is not null && !names.Contains(personKey))
                Defect(map, CatalogueDefectKinds.UnknownColumn, $"personKey column '{personKey}' is not a column of '{code}'");
            return new TableDefinition(code, Required(map, "nameZh"), Required(map, "nameEn"), map.Scalar("category") ?? "",
                requiredFor, businessKey, eventTime, map.Strings("documentTypes"), roles, ReadRealtime(map), columns)
            { DeclaredPersonKey = personKey, Checks = ReadChecks(map, code, columns) };
        }

        private RealtimeRequirement? ReadRealtime(YamlMappingNode map)
        {
            if (map.Child("realtime") is not YamlMappingNode realtime) return null;
            var formText = Required(realtime, "form");
            var latencyText = Required(realtime, "latency");
            TimeSpan latency;
            try { latency = XmlConvert.ToTimeSpan(latencyText); }
            catch (FormatException) { Defect(realtime, CatalogueDefectKinds.BadValue, $"latency '{latencyText}' is not an ISO 8601 duration such as PT24H"); return null; }
            if (!int.TryParse(formText, out var form) || form < 1) { Defect(realtime, CatalogueDefectKinds.BadValue, $"form '{formText}' must be a number from 1"); return null; }
            return new RealtimeRequirement(form, latency);
        }

        private ColumnDefinition? ReadColumn(string table, YamlMappingNode map)
        {
            var name = Required(map, "name");
            if (name.Length == 0) return null;
            if (!SqlIdentifier.IsValid(name) || SqlIdentifier.Reserved.Contains(name))
            {
                Defect(map, CatalogueDefectKinds.BadValue, $"column name '{table}.{name}' is not a valid identifier or is reserved");
                return null;
            }
            var typeText = Required(map, "type");
            if (!ColumnType.TryParse(typeText, out var type))
            {
                Defect(map, CatalogueDefectKinds.BadValue, $"{table}.{name}: type '{typeText}' is not one of string(n), code(n), integer, decimal(p,s), date, datetime, boolean");
                return null;
            }
            var valueSetId = map.Scalar("valueSet");
            ValueSet? valueSet = null;
            if (valueSetId is not null && !valueSets.TryGetValue(valueSetId, out valueSet))
                Defect(map, CatalogueDefectKinds.UnknownValueSet, $"{table}.{name}: value set '{valueSetId}' does not exist");
            var personal = map.Scalar("personal") switch
            {
                null or "none" => PersonalDataClass.None,
                "national_id" => PersonalDataClass.NationalId,
                "name" => PersonalDataClass.Name,
                "phone" => PersonalDataClass.Phone,
                "address" => PersonalDataClass.Address,
                var other => BadPersonal(map, table, name, other),
            };
            var requiredText = map.Scalar("required") ?? "false";
            if (!bool.TryParse(requiredText, out var required))
                Defect(map, CatalogueDefectKinds.BadValue, $"{table}.{name}: required must be true or false");
            return new ColumnDefinition(name, map.Scalar("element"), map.Scalar("nameZh") ?? name, map.Scalar("nameEn") ?? name,
                type, required, valueSetId, personal) { ValueSet = valueSet };
        }

        private PersonalDataClass BadPersonal(YamlMappingNode map, string table, string name, string value)
        {
            Defect(map, CatalogueDefectKinds.BadValue, $"{table}.{name}: personal '{value}' must be national_id, name, phone, address or none");
            return PersonalDataClass.None;
        }
    }
}
