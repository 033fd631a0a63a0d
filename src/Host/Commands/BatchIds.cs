using System.Security.Cryptography;

namespace HealthExchange.Host.Commands;

/// <summary>
/// A default batch id derived from the file's name and content: pushing the same file twice is then the
/// same batch, and the platform loads it once.
/// </summary>
internal static class BatchIds
{
    public static string ForFile(string path, byte[] content) =>
        $"{Path.GetFileNameWithoutExtension(path)}-{Convert.ToHexString(SHA256.HashData(content))[..16].ToLowerInvariant()}";
}
