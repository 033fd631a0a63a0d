using HealthExchange.Validation.Catalogues;

namespace HealthExchange.Ingest.Registry;

/// <summary>Which catalogue an institution's records are checked against: the one it is registered with, else its kind's.</summary>
public static class InstitutionCatalogue
{
    public static TableCatalogue? CatalogueOf(this CatalogueSet catalogues, Institution institution) =>
        catalogues.ById(institution.CatalogueId) ?? catalogues.Find(institution.Kind);
}
