using System.Globalization;
using System.Text;

namespace HealthExchange.Host.Cli;

/// <summary>
/// A plain box-drawn table for the terminal that measures Chinese characters as two columns wide. Written
/// here because Spectre.Console 0.49's cell wrapping throws on wide characters when a table is narrower than
/// its content — exactly the newsletter's many Chinese headings on an 80-column terminal. Lines that are
/// wider than the terminal are left for the terminal to wrap: nothing is cut, nothing throws.
/// </summary>
internal sealed class TextTable(IReadOnlyList<string> headings, IReadOnlyList<bool>? rightAligned = null)
{
    private readonly List<string[]?> _rows = [];

    public string? Title { get; init; }
    public string? Caption { get; init; }

    public void AddRow(params string[] cells) => _rows.Add(cells);

    /// <summary>A horizontal rule, e.g. before the total row.</summary>
    public void AddSeparator() => _rows.Add(null);

    public override string ToString()
    {
        var widths = headings.Select(Width).ToArray();
        foreach (var row in _rows.OfType<string[]>())
            for (var i = 0; i < widths.Length && i < row.Length; i++) widths[i] = Math.Max(widths[i], Width(row[i]));
        var text = new StringBuilder();
        var total = widths.Sum() + 3 * widths.Length + 1;
        if (Title is not null) text.Append(Pad(Title, total, center: true)).Append('\n');
        Rule(text, widths, '┌', '┬', '┐');
        Line(text, widths, headings, header: true);
        Rule(text, widths, '├', '┼', '┤');
        foreach (var row in _rows)
        {
            if (row is null) Rule(text, widths, '├', '┼', '┤');
            else Line(text, widths, row, header: false);
        }
        Rule(text, widths, '└', '┴', '┘');
        if (Caption is not null) text.Append(Caption).Append('\n');
        return text.ToString();
    }

    private void Line(StringBuilder text, int[] widths, IReadOnlyList<string> cells, bool header)
    {
        text.Append('│');
        for (var i = 0; i < widths.Length; i++)
        {
            var cell = i < cells.Count ? cells[i] : "";
            var right = !header && rightAligned is not null && i < rightAligned.Count && rightAligned[i];
            text.Append(' ').Append(right ? new string(' ', widths[i] - Width(cell)) + cell : cell + new string(' ', widths[i] - Width(cell))).Append(" │");
        }
        text.Append('\n');
    }

    private static void Rule(StringBuilder text, int[] widths, char left, char middle, char right)
    {
        text.Append(left);
        for (var i = 0; i < widths.Length; i++) text.Append(new string('─', widths[i] + 2)).Append(i == widths.Length - 1 ? right : middle);
        text.Append('\n');
    }

    private static string Pad(string text, int width, bool center)
    {
        var space = Math.Max(0, width - Width(text));
        return center ? new string(' ', space / 2) + text : text + new string(' ', space);
    }

    /// <summary>Display width: East Asian wide and full-width characters take two terminal columns.</summary>
    public static int Width(string text)
    {
        var width = 0;
        foreach (var rune in text.EnumerateRunes())
        {
            if (Rune.GetUnicodeCategory(rune) is UnicodeCategory.NonSpacingMark or UnicodeCategory.Format) continue;
            width += IsWide(rune.Value) ? 2 : 1;
        }
        return width;
    }

    private static bool IsWide(int c) =>
        c is >= 0x1100 and <= 0x115F or >= 0x2E80 and <= 0x303E or >= 0x3041 and <= 0x33FF or >= 0x3400 and <= 0x4DBF
            or >= 0x4E00 and <= 0x9FFF or >= 0xA000 and <= 0xA4CF or >= 0xAC00 and <= 0xD7A3 or >= 0xF900 and <= 0xFAFF
            or >= 0xFE30 and <= 0xFE4F or >= 0xFF00 and <= 0xFF60 or >= 0xFFE0 and <= 0xFFE6 or >= 0x20000 and <= 0x3FFFD;
}
