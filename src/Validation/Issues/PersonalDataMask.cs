using HealthExchange.Validation.Catalogues;

namespace HealthExchange.Validation.Issues;

/// <summary>
/// Masks personal data before a value leaves the database: national IDs and names never appear in
/// logs, receipts or exports in the clear.
/// </summary>
public static class PersonalDataMask
{
    public static string? Mask(PersonalDataClass personal, string? value)
    {
        if (string.IsNullOrEmpty(value) || personal == PersonalDataClass.None) return value;
        return personal switch
        {
            // Keep the region (first 2) and the check character so a sender can still find the row.
            PersonalDataClass.NationalId => value.Length <= 3 ? new string('*', value.Length) : value[..2] + new string('*', value.Length - 3) + value[^1],
            PersonalDataClass.Name => value[..1] + new string('*', Math.Max(1, value.Length - 1)),
            PersonalDataClass.Phone => value.Length <= 4 ? new string('*', value.Length) : new string('*', value.Length - 4) + value[^4..],
            PersonalDataClass.Address => value.Length <= 6 ? value[..Math.Min(2, value.Length)] + "…" : value[..6] + "…",
            _ => value,
        };
    }
}
