using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using HealthExchange.Ingest.Envelope;
using HealthExchange.TestSupport;
using Xunit;

namespace HealthExchange.EndToEnd.Tests;

/// <summary>The signing workflow as a hospital integrator and an operator run it: generate, register, require, push --key.</summary>
public sealed class SignedPushTests : BrokerAndDatabaseTest
{
    [Fact]
    public async Task A_hospital_that_requires_signing_loads_signed_pushes_and_refuses_unsigned_ones()
    {
        await using var pipeline = await RunningPipeline.StartAsync(Broker, Database);
        var folder = Directory.CreateTempSubdirectory("hx-keys-").FullName;
        try
        {
            var key = Path.Combine(folder, "hospital.key");
            var generated = await HxProcess.RunAsync("institutions", "keys", "generate", key, "--db", Database.ConnectionString);
            Assert.True(generated.ExitCode == 0, generated.Stderr);
            if (!OperatingSystem.IsWindows()) Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(key));
            var added = await HxProcess.RunAsync("institutions", "keys", "add", Some.Hospital, key + ".pub", "--db", Database.ConnectionString);
            Assert.Equal(generated.Stdout.Trim(), added.Stdout.Trim()); // the same key id on both sides
            Assert.Equal(0, (await HxProcess.RunAsync("institutions", "signing", Some.Hospital, "required", "--db", Database.ConnectionString)).ExitCode);

            var csv = Path.Combine(folder, "visits.csv");
            await File.WriteAllBytesAsync(csv, Some.OutpatientCsv(Some.Visits("SIG", 3, new DateOnly(2022, 4, 20))));
            var signed = await HxProcess.RunAsync("push", "--kafka", Broker.Options.BootstrapServers, "--institution", Some.Hospital,
                "--table", "outpatient_visit", "--batch", "signed-1", "--key", key, csv, "--wait");
            Assert.True(signed.ExitCode == 0, signed.Stdout + signed.Stderr);
            Assert.Equal("loaded", JsonDocument.Parse(signed.Stdout).RootElement.GetProperty("status").GetString());

            var unsigned = await HxProcess.RunAsync("push", "--kafka", Broker.Options.BootstrapServers, "--institution", Some.Hospital,
                "--table", "outpatient_visit", "--batch", "unsigned-1", csv, "--wait");
            Assert.Equal(1, unsigned.ExitCode);
            var receipt = JsonDocument.Parse(unsigned.Stdout).RootElement;
            Assert.Equal(("dead_letter", "HX1020"), (receipt.GetProperty("status").GetString(), receipt.GetProperty("issues")[0].GetProperty("code").GetString()));
            Assert.Equal(3, await Database.ScalarAsync("SELECT count(*) FROM hx_data.outpatient_visit"));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task A_signed_retraction_removes_the_records_and_a_signed_batch_cannot_be_turned_into_one()
    {
        await using var pipeline = await RunningPipeline.StartAsync(Broker, Database);
        var folder = Directory.CreateTempSubdirectory("hx-keys-").FullName;
        try
        {
            var key = Path.Combine(folder, "hospital.key");
            Assert.Equal(0, (await HxProcess.RunAsync("institutions", "keys", "generate", key, "--db", Database.ConnectionString)).ExitCode);
            Assert.Equal(0, (await HxProcess.RunAsync("institutions", "keys", "add", Some.Hospital, key + ".pub", "--db", Database.ConnectionString)).ExitCode);
            Assert.Equal(0, (await HxProcess.RunAsync("institutions", "signing", Some.Hospital, "required", "--db", Database.ConnectionString)).ExitCode);
            var visits = Path.Combine(folder, "visits.csv");
            await File.WriteAllBytesAsync(visits, Some.OutpatientCsv(Some.Visits("DEL", 3, new DateOnly(2022, 4, 20))));
            Assert.Equal(0, (await HxProcess.RunAsync("push", "--kafka", Broker.Options.BootstrapServers, "--institution", Some.Hospital,
                "--table", "outpatient_visit", "--batch", "visits-1", "--key", key, visits, "--wait")).ExitCode);

            // The integrator's retraction: the keys only, signed, with a reason.
            var keys = Path.Combine(folder, "voided.csv");
            await File.WriteAllTextAsync(keys, "visit_no\nDEL00000\nDEL00001\nNEVER-SENT\n");
            var retraction = await HxProcess.RunAsync("push", "--kafka", Broker.Options.BootstrapServers, "--institution", Some.Hospital,
                "--table", "outpatient_visit", "--batch", "void-1", "--key", key, "--delete", "--reason", "退号", keys, "--wait");
            Assert.True(retraction.ExitCode == 0, retraction.Stdout + retraction.Stderr);
            var receipt = JsonDocument.Parse(retraction.Stdout).RootElement;
            Assert.Equal(("loaded", 2, 1), (receipt.GetProperty("status").GetString(), receipt.GetProperty("retracted").GetInt32(),
                receipt.GetProperty("notRetracted").GetInt32()));
            Assert.Equal(1, await Database.ScalarAsync("SELECT count(*) FROM hx_data.outpatient_visit"));
            Assert.Equal(3, await Database.ScalarAsync("SELECT count(*) FROM hx.retractions WHERE batch_id = 'void-1' AND reason = '退号'"));

            // A signature over an ordinary batch does not verify once hx-op: delete is added to it.
            using var ecdsa = ECDsa.Create();
            ecdsa.ImportFromPem(await File.ReadAllTextAsync(key));
            var value = Encoding.UTF8.GetBytes("visit_no\nDEL00002\n");
            var at = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();
            var headers = TestBroker.TableHeaders(Some.Hospital, "outpatient_visit", "forged-1");
            headers.Add((EnvelopeSignature.Header, Encoding.UTF8.GetBytes(EnvelopeSignature.Sign(ecdsa, Some.Hospital, "outpatient_visit", "forged-1", at, value))));
            headers.Add((WireHeaders.Operation, "delete"u8.ToArray()));
            await Broker.SendRawAsync(Broker.Options.TablesTopic, Encoding.UTF8.GetBytes(Some.Hospital), value, headers, at);
            await pipeline.WaitForAsync(3);
            Assert.Equal(1, await Database.ScalarAsync("SELECT count(*) FROM hx.batches WHERE batch_id = 'forged-1' AND reason_code = 'HX1023'"));
            Assert.Equal(1, await Database.ScalarAsync("SELECT count(*) FROM hx_data.outpatient_visit"));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
