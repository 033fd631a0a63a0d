namespace HealthExchange.Host.Demo;

/// <summary>
/// One simulated upload on hx.cda: a WS/T 500 document (<see cref="TypeCode"/> C0002, C0049) made from one catalogue
/// row of <see cref="Table"/>, sent under the upload id <see cref="UploadId"/> (hx-batch, shared by the documents the
/// sender's engine sends together). <see cref="Row"/> is the row the document was made from, so a test can compare
/// it with what the platform extracts; <see cref="Defect"/> is the mistake made deliberately, if any.
/// </summary>
internal sealed record DemoDocument(
    string Institution, string TypeCode, string DocumentId, string UploadId, DateTimeOffset UploadedAt, byte[] Xml,
    string Table, IReadOnlyDictionary<string, string> Row, DocumentDefect Defect)
    : DemoUpload(Institution, UploadedAt);
