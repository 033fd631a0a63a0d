using System.Globalization;
using System.Security.Cryptography;
using HealthExchange.Host.Cli;
using HealthExchange.Ingest.Envelope;
using HealthExchange.Ingest.Registry;
using Npgsql;

namespace HealthExchange.Host.Commands;

/// <summary>
/// `hx institutions keys add CODE PUBLIC.pem | list [CODE] | revoke KEYID | generate FILE`: the public keys that may
/// sign in an institution's name. Only public keys reach the platform; `generate` is for the integrator's own machine
/// and writes FILE (the private key, mode 0600) and FILE.pub (what the operator registers).
/// </summary>
internal static class InstitutionKeysCommand
{
    public static async Task<int> RunAsync(CommandLine line, NpgsqlDataSource dataSource)
    {
        var words = line.Positionals(2);
        switch (words.Count > 0 ? words[0] : "list")
        {
            case "add" when words.Count == 3:
                var keyId = await InstitutionKeys.AddAsync(dataSource, words[1], ReadPublicKey(words[2]), CancellationToken.None);
                Console.Out.WriteLine(keyId);
                Console.Error.WriteLine($"key {keyId} may now sign for {words[1]}");
                return ExitCodes.Ok;
            case "revoke" when words.Count == 2:
                if (!await InstitutionKeys.RevokeAsync(dataSource, words[1], CancellationToken.None)) throw new UsageException($"no valid key {words[1]}");
                Console.Error.WriteLine($"key {words[1]} revoked");
                return ExitCodes.Ok;
            case "generate" when words.Count == 2:
                Generate(words[1]);
                return ExitCodes.Ok;
            case "list":
                var table = new TextTable(["institution", "key", "added", "revoked", "signing"]);
                foreach (var key in await InstitutionKeys.ListAsync(dataSource, words.Count > 1 ? words[1] : null, CancellationToken.None))
                    table.AddRow(key.Institution, key.KeyId, key.AddedAt.ToString("u", CultureInfo.InvariantCulture),
                        key.RevokedAt?.ToString("u", CultureInfo.InvariantCulture) ?? "", key.Signing);
                Console.Out.Write(table);
                return ExitCodes.Ok;
            default:
                throw new UsageException("hx institutions keys add CODE PUBLIC.pem | list [CODE] | revoke KEYID | generate FILE");
        }
    }

    private static byte[] ReadPublicKey(string path)
    {
        if (!File.Exists(path)) throw new UsageException($"no such file: {path}");
        using var key = ECDsa.Create();
        try
        {
            key.ImportFromPem(File.ReadAllText(path));
        }
        catch (ArgumentException)
        {
            throw new UsageException($"{path} is not a PEM EC public key");
        }
        if (key.KeySize != 256) throw new UsageException("only EC P-256 (prime256v1) keys are accepted");
        return key.ExportSubjectPublicKeyInfo();
    }

    private static void Generate(string path)
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows()) options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite; // the private key: owner only
        using (var file = new FileStream(path, options))
        using (var writer = new StreamWriter(file))
            writer.Write(key.ExportPkcs8PrivateKeyPem());
        File.WriteAllText(path + ".pub", key.ExportSubjectPublicKeyInfoPem());
        Console.Out.WriteLine(EnvelopeSignature.KeyId(key.ExportSubjectPublicKeyInfo()));
        Console.Error.WriteLine($"private key in {path} (keep it at the hospital), public key in {path}.pub (give it to the platform)");
    }
}
