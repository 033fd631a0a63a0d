using HealthExchange.Validation.Catalogues;
using HealthExchange.Validation.Reading;

namespace HealthExchange.Cda.Extraction;

/// <summary>Presents rows extracted from a document to the batch validator exactly as a CSV or JSON reader would.</summary>
internal sealed class ExtractedRowReader(TableDefinition table, IReadOnlyList<SourceRow> rows) : TableRowReader(table)
{
    public override IEnumerable<SourceRow> ReadRows() => rows;
}
