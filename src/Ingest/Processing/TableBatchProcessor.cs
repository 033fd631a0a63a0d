using System.Text;
using HealthExchange.Ingest.Envelope;
using HealthExchange.Ingest.Loading;
using HealthExchange.Ingest.Registry;
using HealthExchange.Ingest.Settling;
using HealthExchange.Validation.Catalogues;
using HealthExchange.Validation.Checking;
using HealthExchange.Validation.Issues;
using HealthExchange.Validation.Reading;
using Npgsql;

namespace HealthExchange.Ingest.Processing;

/// <summary>
/// The way of one table batch: envelope → catalogue table → reader → validator → loader. Problems with the
/// record as a whole come back as a dead-letter result (and are recorded as received-not-loaded); row
/// problems are quarantined by the loader. Infrastructure failures stay exceptions for the caller to retry.
/// </summary>
public sealed class TableBatchProcessor(NpgsqlDataSource dataSource, CatalogueSet catalogues, InstitutionRegistry registry, BatchLoader loader, UploadTime clock,
    SignatureCheck? signatures = null)
    : IRecordProcessor
{
    private readonly DeclarationStore _declarations = new(dataSource);
    private readonly RetractionLoader _retractions = new(dataSource);
    private readonly RowsAhead _ahead = new();
    private long _loadsReadAhead;

    /// <summary>Batches loaded from rows read ahead (for tests and the benchmark: the rest were read in line).</summary>
    internal long LoadsReadAhead => Interlocked.Read(ref _loadsReadAhead);

    /// <summary>
    /// Starts reading and checking <paramref name="record"/>'s rows on the thread pool, for <see cref="ProcessAsync(ReceivedRecord, CancellationToken)"/>
    /// to load when its turn comes (<see cref="RowsAhead"/>).
    /// </summary>
    public void ReadAhead(ReceivedRecord record) => _ahead.Start(record, () => TryReadAheadAsync(record));

    public DeadLetteredBatch PlatformFailure(ReceivedRecord record, ValidationIssue issue)
    {
        var claimed = EnvelopeReader.Read(record, clock).Identity;
        var format = EnvelopeField.Read(record, WireHeaders.Format).Text;
        return DeadLetter(claimed with { BatchId = record.Position }, EnvelopeField.Read(record, WireHeaders.Table).Text, format, issue, record.Value)
            with { SenderBatchId = claimed.BatchId };
    }

    public async Task<BatchResult> ProcessAsync(ReceivedRecord record, CancellationToken cancellationToken)
    {
        var ahead = await _ahead.TakeAsync(record);
        var (envelope, problem, identity) = EnvelopeReader.Read(record, clock);
        if (envelope is null)
            return DeadLetter(identity, EnvelopeField.Read(record, WireHeaders.Table).Text, EnvelopeField.Read(record, WireHeaders.Format).Text, problem!, record.Value);
        if (signatures is not null && await registry.FindAsync(identity.Institution, cancellationToken) is not null
            && await signatures.CheckAsync(record, identity.Institution, envelope.SignedSubject, identity.BatchId, cancellationToken) is { } forged)
            return DeadLetter(identity, envelope.Table, envelope.Format.ToWire(), forged, record.Value);
        return await ProcessAsync(envelope, record.Value, ahead, cancellationToken);
    }

    public Task<BatchResult> ProcessAsync(TableEnvelope envelope, byte[] payload, CancellationToken cancellationToken) =>
        ProcessAsync(envelope, payload, null, cancellationToken);

    private async Task<BatchResult> ProcessAsync(TableEnvelope envelope, byte[] payload, ReadAhead? ahead, CancellationToken cancellationToken)
    {
        var batch = envelope.Batch;
        var (table, deadLetterTable, refusal) = await TableOfAsync(envelope, payload, cancellationToken);
        if (table is null) return DeadLetter(batch, deadLetterTable, envelope.Format.ToWire(), refusal!, payload);

        try
        {
            // Read ahead under the same identity and table (the envelope is read again, and its upload time checked against
            // the clock): the in-line reading would give the same rows and issues.
            if (ahead is not null && ahead.Batch == batch && ReferenceEquals(ahead.Table, table))
            {
                Interlocked.Increment(ref _loadsReadAhead);
                return await LoadCheckedAsync(envelope, table, ahead.Rows, ahead.Summary, ahead.HeaderIssues, ahead.Header, cancellationToken);
            }
            return await LoadAsync(envelope, table, payload, cancellationToken);
        }
        catch (DecoderFallbackException)
        {
            // Whether the header or a later row failed to decode, the loader's transaction rolled back:
            // nothing of this batch is in the database.
            var issue = new ValidationIssue(IssueCodes.UnreadableBatch, null, WireHeaders.Charset, null, $"bytes are not valid {envelope.Encoding.WebName}");
            return DeadLetter(batch, table.Code, envelope.Format.ToWire(), issue, payload);
        }
    }

    /// <summary>The catalogue table the batch names, or why it has none: the table code its dead letter names, and the issue.</summary>
    private async Task<(TableDefinition? Table, string? DeadLetterTable, ValidationIssue? Refusal)> TableOfAsync(TableEnvelope envelope, byte[] payload,
        CancellationToken cancellationToken)
    {
        var batch = envelope.Batch;
        if (payload.Length > BatchSizeLimit.MaxBytes)
            return (null, envelope.Table, new ValidationIssue(IssueCodes.BatchTooLarge, null, null, null,
                FormattableString.Invariant($"{payload.Length} bytes > {BatchSizeLimit.MaxBytes}")));
        var institution = await registry.FindAsync(batch.Institution, cancellationToken);
        if (institution is null)
            return (null, envelope.Table, new ValidationIssue(IssueCodes.UnknownInstitution, null, null, batch.Institution));
        var catalogue = catalogues.CatalogueOf(institution);
        if (catalogue is null || !catalogue.TryGetTable(envelope.Table, out var table))
            return (null, null, new ValidationIssue(IssueCodes.UnknownTable, null, null, Shorten(envelope.Table),
                catalogue?.Id ?? $"no catalogue '{institution.CatalogueId}' is loaded"));
        return (table, null, null);
    }

    private async Task<BatchResult> LoadAsync(TableEnvelope envelope, TableDefinition table, byte[] payload, CancellationToken cancellationToken)
    {
        var batch = envelope.Batch;
        var shape = envelope.Retraction ? RetractionLoader.KeyShape(table) : table;
        var (opened, unreadable) = Open(envelope, shape, payload);
        if (opened is null) return DeadLetter(batch, table.Code, envelope.Format.ToWire(), unreadable!, payload);
        using var reader = opened;
        if (envelope.Retraction) return await RetractAsync(envelope, table, shape, reader, payload, cancellationToken);

        var summary = new BatchSummary();
        var rows = await CheckedRowsAsync(batch, table, reader, summary, cancellationToken);
        return await LoadCheckedAsync(envelope, table, rows, summary, reader.HeaderIssues, reader.Header, cancellationToken);
    }

    /// <summary>
    /// The batch's bytes opened as rows of <paramref name="shape"/>, or the problem that makes the whole batch unreadable
    /// (bytes not of its charset, nothing in it, no header column the catalogue knows).
    /// </summary>
    private static (TableRowReader? Reader, ValidationIssue? Problem) Open(TableEnvelope envelope, TableDefinition shape, byte[] payload)
    {
        if (envelope.Format.IsText() && TextPayload.FirstInvalidByte(payload, envelope.Encoding) is { } badByte)
            return (null, new ValidationIssue(IssueCodes.UnreadableBatch, null, WireHeaders.Charset, null,
                string.Create(System.Globalization.CultureInfo.InvariantCulture, $"bytes are not valid {envelope.Encoding.WebName} from byte offset {badByte}")));
        var reader = BatchFormats.Open(envelope.Format, shape, new MemoryStream(payload, writable: false), envelope.Encoding);
        if (WholeBatchProblem(reader, payload) is not { } problem) return (reader, null);
        reader.Dispose();
        return (null, problem);
    }

    /// <summary>
    /// The rows to load, checked as they are read and counted into <paramref name="summary"/>, after the declaration check
    /// (whose HX1010 goes among the header issues before any the rows add).
    /// </summary>
    private async Task<IEnumerable<ValidatedRow>> CheckedRowsAsync(BatchIdentity batch, TableDefinition table, TableRowReader reader, BatchSummary summary,
        CancellationToken cancellationToken)
    {
        await FlagUndeclaredAsync(batch, table, reader, cancellationToken);
        return BatchValidator.Validate(table, reader, ValidationContext.At(batch.UploadedAt)).Select(row => { summary.Add(row); return row; });
    }

    private async Task<BatchResult> LoadCheckedAsync(TableEnvelope envelope, TableDefinition table, IEnumerable<ValidatedRow> rows, BatchSummary summary,
        List<ValidationIssue> headerIssues, IReadOnlyList<string>? header, CancellationToken cancellationToken)
    {
        var outcome = await loader.LoadAsync(envelope.Batch, table, envelope.Format.ToWire(), rows, headerIssues, header, cancellationToken);
        summary.AddHeaderIssues(headerIssues);
        return BatchResult.Of(envelope.Batch, table.Code, outcome, summary);
    }

    /// <summary>
    /// The in-line steps up to the load (<see cref="TableOfAsync"/>, <see cref="Open"/>, <see cref="CheckedRowsAsync"/>) for a
    /// record whose turn has not come, with every row read: null (read in line when its turn comes) for anything but a
    /// readable batch of rows — a dead letter, a retraction, a failure of any kind.
    /// </summary>
    private async Task<ReadAhead?> TryReadAheadAsync(ReceivedRecord record)
    {
        try
        {
            var (envelope, _, _) = EnvelopeReader.Read(record, clock);
            if (envelope is null || envelope.Retraction) return null;
            var (table, _, _) = await TableOfAsync(envelope, record.Value, CancellationToken.None);
            if (table is null) return null;
            var (opened, _) = Open(envelope, table, record.Value);
            if (opened is null) return null;
            using var reader = opened;
            var summary = new BatchSummary();
            var rows = (await CheckedRowsAsync(envelope.Batch, table, reader, summary, CancellationToken.None)).ToList();
            return new ReadAhead(envelope.Batch, table, rows, summary, reader.HeaderIssues, reader.Header);
        }
        catch (Exception)
        {
            // Whatever failed (a charset, PostgreSQL, a bug) fails again in line, where it is decided as it always was.
            return null;
        }
    }

    /// <summary>
    /// A retraction applies whole or not at all: one row that does not name a record exactly (a key missing, mistyped or
    /// repeated) makes it a dead letter, stored and replayable, with the first row's problem in the receipt.
    /// </summary>
    private async Task<BatchResult> RetractAsync(TableEnvelope envelope, TableDefinition table, TableDefinition shape, TableRowReader reader, byte[] payload,
        CancellationToken cancellationToken)
    {
        var batch = envelope.Batch;
        var summary = new BatchSummary();
        var rows = BatchValidator.Validate(shape, reader, ValidationContext.At(batch.UploadedAt)).Select(row => { summary.Add(row); return row; }).ToList();
        summary.AddHeaderIssues(reader.HeaderIssues);
        if (summary.HasErrors)
        {
            var first = summary.FirstIssues.First(issue => issue.Severity == IssueSeverity.Error);
            var detail = first.Row is { } row ? $"row {row}: {first.Code} {first.Column}" : $"{first.Code} {first.Column}";
            return DeadLetter(batch, table.Code, envelope.Format.ToWire(), new ValidationIssue(IssueCodes.RetractionRowInvalid, first.Row, first.Column, null, detail), payload)
                with { SourceKind = RetractionLoader.SourceKind, RowsReceived = 0, Retraction = true };
        }
        // A retraction takes the (institution, table) lock on a connection of its own: a group's batches before it are
        // committed first, or it would wait on a lock its own group holds.
        if (LoadGroup.Current is { } group) await group.CommitSoFarAsync(cancellationToken);
        var outcome = await _retractions.RetractAsync(batch, table, envelope.Format.ToWire(), rows, envelope.Reason, cancellationToken);
        return BatchResult.Of(batch, table.Code, outcome, summary) with { Retraction = true };
    }

    /// <summary>A table the institution did not declare is still loaded, with warning HX1010 in its receipt.</summary>
    private async Task FlagUndeclaredAsync(BatchIdentity batch, TableDefinition table, TableRowReader reader, CancellationToken cancellationToken)
    {
        var day = DateOnly.FromDateTime(PlatformTime.ToLocal(batch.UploadedAt));
        var declaration = await _declarations.InForceAsync(batch.Institution, day, cancellationToken);
        if (declaration?.Tables is { } declared && !declared.Contains(table.Code, StringComparer.Ordinal))
            reader.HeaderIssues.Add(new ValidationIssue(IssueCodes.TableNotDeclared, null, null, table.Code));
    }

    /// <summary>Empty payloads and CSV headers with no catalogue column cannot be read as a batch at all.</summary>
    private static ValidationIssue? WholeBatchProblem(TableRowReader reader, byte[] payload)
    {
        if (payload.All(b => b is (byte)' ' or (byte)'\r' or (byte)'\n' or (byte)'\t'))
            return new ValidationIssue(IssueCodes.EmptyBatch, null, null, null);
        if (reader.UnreadableReason is { } reason)
            return new ValidationIssue(IssueCodes.UnreadableBatch, null, null, null, reason);
        if (reader.HeaderUnrecognised)
            return new ValidationIssue(IssueCodes.UnreadableBatch, null, null, null, "no header column matches the catalogue (wrong table, charset or a missing header row)");
        return null;
    }

    /// <summary>The settler records it (ledger, stored dead letter, dead-letter topic): processors only decide.</summary>
    private static DeadLetteredBatch DeadLetter(BatchIdentity batch, string? table, string? format, ValidationIssue issue, byte[] payload) =>
        BatchResult.DeadLetter(batch, table, issue) with { Format = format, RowsReceived = EstimateRows(payload, format) };

    /// <summary>A dead-lettered batch still counts as received: its rows are estimated from its lines.</summary>
    internal static int EstimateRows(byte[] payload, string? format)
    {
        var lines = 0;
        var content = false;
        foreach (var b in payload)
        {
            if (b == (byte)'\n') { if (content) lines++; content = false; }
            else if (b is not ((byte)'\r' or (byte)' ')) content = true;
        }
        if (content) lines++;
        if (format == "csv") lines--;
        return Math.Max(1, lines);
    }

    private static string? Shorten(string? text) => text is { Length: > 64 } ? text[..64] : text;
}
