using System.Globalization;
using System.Net;
using System.Text;

namespace HealthExchange.Api.Dashboard;

/// <summary>
/// The page frame every dashboard page shares (header, language toggle, the host-served stylesheet) and HTML
/// escaping: every value that comes from a database or a request goes through <see cref="E"/>.
/// </summary>
internal static class Html
{
    public static string E(object? value) => WebUtility.HtmlEncode(Convert.ToString(value, CultureInfo.InvariantCulture) ?? "");

    public static string N(long value) => value.ToString("N0", CultureInfo.InvariantCulture);

    public static string Page(DashboardText text, string path, string query, string heading, string body, bool signedIn = true)
    {
        var other = text.English ? "zh" : "en";
        var toggle = path + "?" + WithLang(query, other);
        var html = new StringBuilder();
        html.Append(CultureInfo.InvariantCulture, $"<!DOCTYPE html><html lang=\"{(text.English ? "en" : "zh-CN")}\"><head><meta charset=\"utf-8\">");
        html.Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">");
        html.Append(CultureInfo.InvariantCulture, $"<title>{E(heading)} · {E(text["title"])}</title>");
        html.Append("<link rel=\"stylesheet\" href=\"/dashboard/assets/dashboard.css\"></head><body>");
        html.Append(CultureInfo.InvariantCulture, $"<header><a class=\"brand\" href=\"/dashboard?lang={text.Lang}\">{E(text["title"])}</a><nav>");
        if (signedIn)
        {
            html.Append(CultureInfo.InvariantCulture, $"<a href=\"/dashboard?lang={text.Lang}\">{E(text["home"])}</a>");
            html.Append(CultureInfo.InvariantCulture, $"<a href=\"/dashboard/alerts?lang={text.Lang}\">{E(text["alerts"])}</a>");
        }
        html.Append(CultureInfo.InvariantCulture, $"<a id=\"lang-toggle\" href=\"{E(toggle)}\">{(text.English ? "中文" : "English")}</a>");
        if (signedIn)
            html.Append(CultureInfo.InvariantCulture, $"<form method=\"post\" action=\"/dashboard/logout\"><button type=\"submit\">{E(text["logout"])}</button></form>");
        html.Append(CultureInfo.InvariantCulture, $"</nav></header><main><h1>{E(heading)}</h1>");
        html.Append(body);
        html.Append("</main></body></html>");
        return html.ToString();
    }

    /// <summary>The same query string with lang replaced, so the toggle keeps the period and threshold.</summary>
    private static string WithLang(string query, string lang)
    {
        var parts = query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries)
            .Where(part => !part.StartsWith("lang=", StringComparison.Ordinal)).Append("lang=" + lang);
        return string.Join('&', parts);
    }
}
