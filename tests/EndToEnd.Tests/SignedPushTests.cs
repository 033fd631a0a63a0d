using System.Text.Json;
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
}
