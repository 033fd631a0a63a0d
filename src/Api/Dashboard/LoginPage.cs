using System.Globalization;
using static HealthExchange.Api.Dashboard.Html;

namespace HealthExchange.Api.Dashboard;

/// <summary>The one form that turns an API token into a dashboard session.</summary>
internal static class LoginPage
{
    public static string Body(DashboardText text, bool failed) => string.Create(CultureInfo.InvariantCulture, $"""
        {(failed ? $"<p class=\"error\" id=\"login-error\">{E(text["loginFailed"])}</p>" : "")}
        <form method="post" action="/dashboard/login?lang={text.Lang}" class="login">
        <label>{E(text["token"])} <input type="password" name="token" id="token" autocomplete="off" size="60" required></label>
        <button type="submit" id="login">{E(text["login"])}</button></form>
        <p class="muted">{E(text["loginHelp"])}</p>
        """);
}
