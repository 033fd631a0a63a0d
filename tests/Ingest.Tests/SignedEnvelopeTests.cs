using System.Security.Cryptography;
using System.Text;
using HealthExchange.Ingest.Envelope;
using HealthExchange.Ingest.Registry;
using HealthExchange.TestSupport;
using Xunit;

namespace HealthExchange.Ingest.Tests;

/// <summary>
/// Signed envelopes over the Kafka protocol: an institution whose policy is "required" has only records signed with one
/// of its own valid keys loaded; everything else is a dead letter with its own code, and rotation keeps two keys valid.
/// </summary>
public sealed class SignedEnvelopeTests : BrokerAndDatabaseTest
{
    private static readonly DateOnly Day = new(2022, 4, 20);

    [Fact]
    public async Task Only_records_signed_with_a_valid_key_of_the_institution_load()
    {
        using var current = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        using var next = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        using var revoked = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        using var stranger = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        using var otherHospitals = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var none = CancellationToken.None;
        await InstitutionKeys.AddAsync(Database.DataSource, Some.Hospital, current.ExportSubjectPublicKeyInfo(), none);
        await InstitutionKeys.AddAsync(Database.DataSource, Some.Hospital, next.ExportSubjectPublicKeyInfo(), none);
        var revokedId = await InstitutionKeys.AddAsync(Database.DataSource, Some.Hospital, revoked.ExportSubjectPublicKeyInfo(), none);
        await InstitutionKeys.RevokeAsync(Database.DataSource, revokedId, none);
        await InstitutionKeys.AddAsync(Database.DataSource, Some.OtherHospital, otherHospitals.ExportSubjectPublicKeyInfo(), none);
        await InstitutionKeys.SetRequiredAsync(Database.DataSource, Some.Hospital, required: true, none);
        await using var pipeline = await RunningPipeline.StartAsync(Broker, Database);

        var at = Some.Shanghai(2022, 4, 20, 21).ToUnixTimeMilliseconds();
        var sent = 0;
        async Task Send(string batch, ECDsa? key, string? signedBatch = null, byte[]? tamperedValue = null, string prefix = "S")
        {
            var csv = Some.OutpatientCsv(Some.Visits(prefix + sent, 2, Day));
            var headers = TestBroker.TableHeaders(Some.Hospital, "outpatient_visit", batch);
            if (key is not null)
                headers.Add((EnvelopeSignature.Header, Encoding.UTF8.GetBytes(EnvelopeSignature.Sign(key, Some.Hospital, "outpatient_visit", signedBatch ?? batch, at, csv))));
            await Broker.SendRawAsync(Broker.Options.TablesTopic, Encoding.UTF8.GetBytes(Some.Hospital), tamperedValue ?? csv, headers, at);
            sent++;
        }
        await Send("valid-current", current);
        await Send("valid-next", next);                              // rotation: both keys valid at once
        await Send("unsigned", null);                                 // HX1020
        await Send("stranger", stranger);                             // HX1021: a key nobody registered
        await Send("other-hospitals-key", otherHospitals);            // HX1021: registered, but to another institution
        await Send("revoked", revoked);                               // HX1022
        await Send("tampered", current, tamperedValue: Some.OutpatientCsv(Some.Visits("T", 3, Day)));   // HX1023
        await Send("replayed", current, signedBatch: "valid-current"); // HX1023: a signature lifted from another batch
        await pipeline.WaitForAsync(sent);

        Assert.Equal(4, await Database.ScalarAsync("SELECT count(*) FROM hx_data.outpatient_visit"));
        Assert.Equal(2, await Database.ScalarAsync("SELECT count(*) FROM hx.batches WHERE status = 'loaded' AND batch_id LIKE 'valid-%'"));
        var codes = new Dictionary<string, string>(StringComparer.Ordinal);
        await using (var command = Database.DataSource.CreateCommand("SELECT batch_id, reason_code FROM hx.batches WHERE status = 'dead_letter'"))
        await using (var reader = await command.ExecuteReaderAsync())
            while (await reader.ReadAsync()) codes[reader.GetString(0)] = reader.GetString(1);
        Assert.Equal(new Dictionary<string, string>
        {
            ["unsigned"] = "HX1020", ["stranger"] = "HX1021", ["other-hospitals-key"] = "HX1021", ["revoked"] = "HX1022",
            ["tampered"] = "HX1023", ["replayed"] = "HX1023",
        }, codes);
    }

    [Fact]
    public async Task An_institution_without_the_requirement_still_has_a_bad_signature_refused()
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        await InstitutionKeys.AddAsync(Database.DataSource, Some.Hospital, key.ExportSubjectPublicKeyInfo(), CancellationToken.None);
        await using var pipeline = await RunningPipeline.StartAsync(Broker, Database);
        var at = Some.Shanghai(2022, 4, 20, 21);
        await Broker.SendTableAsync(Some.Hospital, "outpatient_visit", "plain", Some.OutpatientCsv(Some.Visits("P", 2, Day)), at);
        var csv = Some.OutpatientCsv(Some.Visits("Q", 2, Day));
        var headers = TestBroker.TableHeaders(Some.Hospital, "outpatient_visit", "forged");
        headers.Add((EnvelopeSignature.Header, Encoding.UTF8.GetBytes(EnvelopeSignature.Sign(key, Some.Hospital, "outpatient_visit", "forged", at.ToUnixTimeMilliseconds() + 1, csv))));
        await Broker.SendRawAsync(Broker.Options.TablesTopic, null, csv, headers, at.ToUnixTimeMilliseconds());
        await pipeline.WaitForAsync(2);

        Assert.Equal(2, await Database.ScalarAsync("SELECT count(*) FROM hx_data.outpatient_visit"));
        Assert.Equal(1, await Database.ScalarAsync("SELECT count(*) FROM hx.batches WHERE batch_id = 'forged' AND reason_code = 'HX1023'"));
    }
}
