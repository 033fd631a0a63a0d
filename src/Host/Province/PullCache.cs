using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace HealthExchange.Host.Province;

/// <summary>
/// The data version (ETag) and body of every summaries answer pulled, one file per URL under a directory
/// (default .hx/province-cache), so a re-run asks each city only for what changed.
/// </summary>
internal sealed class PullCache(string directory)
{
    public sealed record Entry(string Url, string ETag, string Body);

    public Entry? Find(Uri url)
    {
        var path = PathOf(url);
        return File.Exists(path) ? JsonSerializer.Deserialize<Entry>(File.ReadAllText(path)) : null;
    }

    public void Keep(Uri url, string etag, string body)
    {
        Directory.CreateDirectory(directory);
        File.WriteAllText(PathOf(url), JsonSerializer.Serialize(new Entry(url.ToString(), etag, body)));
    }

    private string PathOf(Uri url) => Path.Combine(directory, Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(url.ToString())))[..24] + ".json");
}
