using System.Text.Encodings.Web;
using System.Text.Json;

namespace HealthExchange.Api.Formats;

/// <summary>The API's JSON: camelCase, Chinese kept readable (UTF-8, not \u escapes), nulls written (a "/" in the newsletter).</summary>
internal static class ApiJson
{
    public static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static byte[] Bytes<T>(T value) => JsonSerializer.SerializeToUtf8Bytes(value, Options);
}
