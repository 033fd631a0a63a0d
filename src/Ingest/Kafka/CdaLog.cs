using Microsoft.Extensions.Logging;

namespace HealthExchange.Ingest.Kafka;

/// <summary>Log events of the CDA path (ids 11xx). Ids, codes and counts only: no names, no national IDs, no document content.</summary>
internal static partial class CdaLog
{
    [LoggerMessage(1101, LogLevel.Information, "Document {Institution}/{DocumentId} {TypeCode}: {Status}, rows extracted {Rows}, inserted {Inserted}, updated {Updated}, warnings {Warnings}")]
    public static partial void Stored(ILogger logger, string institution, string documentId, string? typeCode, string status, int rows, int inserted, int updated, int warnings);

    [LoggerMessage(1102, LogLevel.Information, "Document {Institution}/{DocumentId} was already received: redelivery ignored")]
    public static partial void Duplicate(ILogger logger, string institution, string documentId);
}
