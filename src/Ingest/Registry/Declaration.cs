namespace HealthExchange.Ingest.Registry;

/// <summary>
/// An institution's declaration of the tables it uploads (申明上传表), in force from <see cref="ValidFrom"/> until
/// the next one. <see cref="Tables"/> is null for an institution that has not answered (未反馈).
/// </summary>
public sealed record Declaration(string Institution, DateOnly ValidFrom, IReadOnlyList<string>? Tables)
{
    public bool Answered => Tables is not null;
}
