namespace HealthExchange.Validation.Catalogues;

/// <summary>A loaded catalogue and every defect found; the catalogue is null when a defect makes it unusable.</summary>
public sealed record CatalogueLoadResult(TableCatalogue? Catalogue, IReadOnlyList<CatalogueDefect> Defects)
{
    public bool IsValid => Catalogue is not null && Defects.Count == 0;

    /// <summary>The catalogue, or an exception listing the defects, for hosts that must not start on a broken one.</summary>
    public TableCatalogue Required() => IsValid
        ? Catalogue!
        : throw new InvalidDataException("catalogue has defects:" + Environment.NewLine
            + string.Join(Environment.NewLine, Defects.Take(50)));
}
