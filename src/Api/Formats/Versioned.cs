using System.Security.Cryptography;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Net.Http.Headers;

namespace HealthExchange.Api.Formats;

/// <summary>
/// A response body with its validators: the ETag is a hash of the exact bytes (so it changes exactly when the content
/// does), Last-Modified the data's last change. ASP.NET's file results answer If-None-Match / If-Modified-Since with 304.
/// </summary>
internal static class Versioned
{
    public static FileContentHttpResult Bytes(byte[] body, string contentType, DateTimeOffset? lastModified) =>
        TypedResults.File(body, contentType, fileDownloadName: null, lastModified: lastModified, entityTag: Tag(body));

    public static EntityTagHeaderValue Tag(byte[] body) => new($"\"{Convert.ToHexStringLower(SHA256.HashData(body))[..32]}\"");
}
