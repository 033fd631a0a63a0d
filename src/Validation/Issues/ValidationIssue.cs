namespace HealthExchange.Validation.Issues;

/// <summary>
/// One finding about a row, a header or a record. <see cref="Value"/> is already masked when the column
/// holds personal data, so an issue may travel in receipts and logs as it is.
/// </summary>
public sealed record ValidationIssue(IssueDefinition Definition, int? Row, string? Column, string? Value, string? Detail = null)
{
    public string Code => Definition.Code;
    public IssueSeverity Severity => Definition.Severity;

    public string MessageZh => Compose(Definition.TitleZh, Definition.HintZh);
    public string MessageEn => Compose(Definition.TitleEn, Definition.HintEn);

    private string Compose(string title, string hint)
    {
        var where = Column is null ? "" : $"[{Column}] ";
        var detail = Detail is null ? "" : $" ({Detail})";
        return $"{where}{title}{detail}; {hint}";
    }

    public override string ToString() => $"{Code} row {Row?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "-"} {MessageEn} / {MessageZh}";
}
