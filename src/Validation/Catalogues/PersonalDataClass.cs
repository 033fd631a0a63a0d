namespace HealthExchange.Validation.Catalogues;

/// <summary>What kind of personal data a column holds; logs, issues and exports mask by it.</summary>
public enum PersonalDataClass
{
    None,
    NationalId,
    Name,
    Phone,
    Address,
}
