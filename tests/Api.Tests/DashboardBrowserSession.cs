using System.Net;

namespace HealthExchange.Api.Tests;

/// <summary>An HttpClient that behaves like a browser toward the dashboard: it keeps cookies and shows redirects instead of following them.</summary>
public sealed class DashboardBrowserSession : IDisposable
{
    private readonly HttpClientHandler _handler = new() { CookieContainer = new CookieContainer(), AllowAutoRedirect = false };

    public DashboardBrowserSession(Uri address) => Client = new HttpClient(_handler) { BaseAddress = address };

    public HttpClient Client { get; }

    public async Task<HttpResponseMessage> LoginAsync(string token) =>
        await Client.PostAsync(new Uri("/dashboard/login", UriKind.Relative), new FormUrlEncodedContent([new("token", token)]));

    public async Task<(HttpStatusCode Status, string Body)> GetAsync(string path)
    {
        using var response = await Client.GetAsync(new Uri(path, UriKind.Relative));
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    public void Dispose()
    {
        Client.Dispose();
        _handler.Dispose();
    }
}
