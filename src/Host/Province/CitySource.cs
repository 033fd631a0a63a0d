using HealthExchange.Host.Cli;

namespace HealthExchange.Host.Province;

/// <summary>One `--city 南京市=URL[,token]` of `hx province pull`.</summary>
internal sealed record CitySource(string Name, Uri BaseAddress, string? Token)
{
    public static CitySource Parse(string text)
    {
        var equals = text.IndexOf('=', StringComparison.Ordinal);
        if (equals <= 0) throw new UsageException($"--city takes NAME=URL[,token], not '{text}'");
        var rest = text[(equals + 1)..];
        var comma = rest.IndexOf(',', StringComparison.Ordinal);
        var url = comma < 0 ? rest : rest[..comma];
        if (!Uri.TryCreate(url.EndsWith('/') ? url : url + "/", UriKind.Absolute, out var address) || address.Scheme is not ("http" or "https"))
            throw new UsageException($"--city {text[..equals]}: '{url}' is not an http(s) URL");
        return new CitySource(text[..equals], address, comma < 0 ? null : rest[(comma + 1)..]);
    }
}
