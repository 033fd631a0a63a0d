using HealthExchange.Metrics.Summaries;

namespace HealthExchange.Api.Formats;

/// <summary>The value type of a summary column, fixing its Arrow type and how CSV writes it.</summary>
internal enum SummaryValueType
{
    Text,
    Date,
    /// <summary>A small count (int32): days, tables, forms.</summary>
    Count,
    /// <summary>A volume (int64): rows, records, persons.</summary>
    Total,
    Rate,
}

/// <summary>One column of the summaries in every format (JSON field, CSV heading, Arrow field), with its Chinese label.</summary>
internal sealed record SummaryColumn(string Key, string LabelZh, SummaryValueType Type, Func<SummaryRow, object?> Value);
