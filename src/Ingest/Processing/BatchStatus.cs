namespace HealthExchange.Ingest.Processing;

public enum BatchStatus
{
    /// <summary>Validated and loaded (rejected rows quarantined) in one transaction.</summary>
    Loaded,

    /// <summary>The batch id was seen before: nothing changed; the first load's counts are reported.</summary>
    Duplicate,

    /// <summary>The record could not be attributed or read as a whole: it went to the dead-letter topic.</summary>
    DeadLetter,
}
