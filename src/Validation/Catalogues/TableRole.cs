namespace HealthExchange.Validation.Catalogues;

/// <summary>Roles the metrics need, marked on tables in the catalogue rather than hard-coded.</summary>
public enum TableRole
{
    OutpatientVisits,
    Discharges,
    HealthRecordBasic,
    HealthRecordHypertension,
    HealthRecordDiabetes,
}

public static class TableRoleNames
{
    private static readonly Dictionary<string, TableRole> ByWire = new(StringComparer.Ordinal)
    {
        ["outpatient_visits"] = TableRole.OutpatientVisits,
        ["discharges"] = TableRole.Discharges,
        ["health_record_basic"] = TableRole.HealthRecordBasic,
        ["health_record_hypertension"] = TableRole.HealthRecordHypertension,
        ["health_record_diabetes"] = TableRole.HealthRecordDiabetes,
    };

    public static bool TryParse(string text, out TableRole role) => ByWire.TryGetValue(text, out role);

    public static string ToWire(this TableRole role) => ByWire.First(pair => pair.Value == role).Key;
}
