namespace HealthExchange.Ingest.Schema;

/// <summary>The columns the loader adds to every data table, after the catalogue's own.</summary>
internal static class SystemColumns
{
    public const string Institution = "institution_code";
    public const string BatchId = "batch_id";
    public const string RowNo = "row_no";
    public const string FirstUploadedAt = "first_uploaded_at";
    public const string UploadedAt = "uploaded_at";
    public const string LoadedAt = "loaded_at";
    public const string SourceKind = "source_kind";
    public const string SourceDocumentId = "source_document_id";

    /// <summary>The batch that carried the record's first upload: the one whose 入库数据量 counts the record.</summary>
    public const string FirstBatchId = "first_batch_id";

    /// <summary>Written by the loader in this order after the catalogue columns.</summary>
    public static readonly string[] Loaded = [BatchId, RowNo, FirstUploadedAt, UploadedAt, SourceKind, SourceDocumentId, FirstBatchId];
}
