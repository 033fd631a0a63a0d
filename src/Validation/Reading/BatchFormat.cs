using System.Text;
using HealthExchange.Validation.Catalogues;

namespace HealthExchange.Validation.Reading;

/// <summary>The wire formats of a table batch (Kafka header hx-format) and the reader for each.</summary>
public enum BatchFormat
{
    Csv,
    JsonLines,
    Arrow,
}

public static class BatchFormats
{
    static BatchFormats() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static bool TryParse(string? text, out BatchFormat format)
    {
        switch (text?.Trim().ToLowerInvariant())
        {
            case "csv": format = BatchFormat.Csv; return true;
            case "jsonl" or "ndjson" or "json-lines": format = BatchFormat.JsonLines; return true;
            case "arrow" or "arrows": format = BatchFormat.Arrow; return true;
            default: format = default; return false;
        }
    }

    public static string ToWire(this BatchFormat format) => format switch
    {
        BatchFormat.Csv => "csv",
        BatchFormat.JsonLines => "jsonl",
        _ => "arrow",
    };

    /// <summary>Text formats are decoded with a charset; Arrow carries UTF-8 strings in its own binary layout.</summary>
    public static bool IsText(this BatchFormat format) => format != BatchFormat.Arrow;

    /// <summary>The format a file's name suggests (hx push, hx validate): .jsonl/.ndjson, .arrow/.arrows, else CSV.</summary>
    public static string ForFile(string path) =>
        path.EndsWith(".jsonl", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".ndjson", StringComparison.OrdinalIgnoreCase) ? "jsonl"
        : path.EndsWith(".arrow", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".arrows", StringComparison.OrdinalIgnoreCase) ? "arrow"
        : "csv";

    /// <summary>
    /// For CSV and JSON lines alike: UTF-8 by default; GB18030 (and its subsets GBK/GB2312, which it decodes correctly) on request. Decoding
    /// is strict: bytes that are not valid in the declared charset fail the batch instead of loading mojibake.
    /// </summary>
    public static bool TryGetEncoding(string? charset, out Encoding encoding)
    {
        switch (charset?.Trim().ToLowerInvariant())
        {
            case null or "" or "utf-8" or "utf8":
                encoding = new UTF8Encoding(false, throwOnInvalidBytes: true); return true;
            case "gb18030" or "gbk" or "gb2312":
                encoding = Encoding.GetEncoding("GB18030", EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback); return true;
            default:
                encoding = Encoding.UTF8; return false;
        }
    }

    public static TableRowReader Open(BatchFormat format, TableDefinition table, Stream stream, Encoding encoding) => format switch
    {
        BatchFormat.Csv => new CsvTableReader(table, stream, encoding),
        BatchFormat.Arrow => new ArrowTableReader(table, stream),
        _ => new JsonLinesTableReader(table, stream, encoding),
    };
}
