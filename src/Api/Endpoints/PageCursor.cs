using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace HealthExchange.Api.Endpoints;

/// <summary>
/// An opaque page cursor: the offset of the next row, bound to the query it came from (a cursor of one query
/// is refused by another rather than silently paging the wrong rows).
/// </summary>
internal static class PageCursor
{
    public static string Encode(int offset, string query) =>
        Convert.ToBase64String(Encoding.UTF8.GetBytes($"{offset.ToString(CultureInfo.InvariantCulture)}.{Bind(query)}")).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    public static bool TryDecode(string? cursor, string query, out int offset)
    {
        offset = 0;
        if (string.IsNullOrEmpty(cursor)) return true;
        try
        {
            var padded = cursor.Replace('-', '+').Replace('_', '/');
            padded += new string('=', (4 - padded.Length % 4) % 4);
            var parts = Encoding.UTF8.GetString(Convert.FromBase64String(padded)).Split('.');
            return parts.Length == 2 && parts[1] == Bind(query)
                && int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out offset);
        }
        catch (FormatException)
        {
            return false;
        }
    }

    private static string Bind(string query) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(query)))[..12];
}
