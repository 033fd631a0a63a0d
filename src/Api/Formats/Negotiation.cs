using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace HealthExchange.Api.Formats;

/// <summary>`?format=` wins over `Accept`; no preference means the endpoint's first format (JSON).</summary>
internal static class Negotiation
{
    public const string ArrowStream = "application/vnd.apache.arrow.stream";
    public const string Xlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    public const string CsvType = "text/csv; charset=utf-8";
    public const string JsonType = "application/json; charset=utf-8";

    private static readonly Dictionary<string, ResponseFormat> ByName = new(StringComparer.OrdinalIgnoreCase)
    {
        ["json"] = ResponseFormat.Json, ["csv"] = ResponseFormat.Csv, ["xlsx"] = ResponseFormat.Xlsx, ["arrow"] = ResponseFormat.Arrow,
    };

    private static readonly Dictionary<string, ResponseFormat> ByMediaType = new(StringComparer.OrdinalIgnoreCase)
    {
        ["application/json"] = ResponseFormat.Json, ["text/csv"] = ResponseFormat.Csv, [Xlsx] = ResponseFormat.Xlsx, [ArrowStream] = ResponseFormat.Arrow,
    };

    /// <summary>The format to serve, or null when the client asked only for formats this endpoint lacks (406).</summary>
    public static ResponseFormat? Choose(HttpRequest request, string? formatParameter, params ResponseFormat[] allowed)
    {
        if (!string.IsNullOrEmpty(formatParameter))
            return ByName.TryGetValue(formatParameter, out var named) && allowed.Contains(named) ? named : null;
        var accept = request.GetTypedHeaders().Accept;
        if (accept.Count == 0) return allowed[0];
        foreach (var media in accept.OrderByDescending(value => value.Quality ?? 1))
        {
            var type = media.MediaType.Value ?? "";
            if (type is "*/*" or "application/*") return allowed[0];
            if (ByMediaType.TryGetValue(type, out var format) && allowed.Contains(format)) return format;
        }
        return null;
    }

    public static string ContentType(ResponseFormat format) => format switch
    {
        ResponseFormat.Csv => CsvType,
        ResponseFormat.Xlsx => Xlsx,
        ResponseFormat.Arrow => ArrowStream,
        _ => JsonType,
    };

    /// <summary>The header a cache needs when the representation depends on Accept.</summary>
    public static void VaryOnAccept(HttpResponse response) => response.Headers.Append(HeaderNames.Vary, HeaderNames.Accept);
}
