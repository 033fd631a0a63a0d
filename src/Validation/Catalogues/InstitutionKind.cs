namespace HealthExchange.Validation.Catalogues;

/// <summary>The two kinds of institution the platform judges against different catalogues.</summary>
public enum InstitutionKind
{
    Hospital,
    District,
}

public static class InstitutionKindNames
{
    public static string ToWire(this InstitutionKind kind) => kind == InstitutionKind.Hospital ? "hospital" : "district";

    public static bool TryParse(string? text, out InstitutionKind kind)
    {
        switch (text?.Trim().ToLowerInvariant())
        {
            case "hospital": kind = InstitutionKind.Hospital; return true;
            case "district": kind = InstitutionKind.District; return true;
            default: kind = default; return false;
        }
    }
}
