using System.Reflection;
using System.Runtime.InteropServices;

namespace HealthExchange.Ingest.Kafka;

/// <summary>
/// Binds every P/Invoke into librdkafka — Confluent.Kafka's own and the mock cluster's — to the one copy that
/// librdkafka.redist put beside the binaries, by explicit path. Left to the default probing, the redist's plain
/// librdkafka.so fails to load on Debian (it links libsasl2.so.3; Debian has .so.2) and the loader then falls
/// back to the bare name, which finds a system librdkafka (Debian's 2.0.2) if one is installed: Confluent.Kafka
/// 2.x then throws EntryPointNotFoundException. The redist's centos8 build links everything but glibc in.
/// </summary>
public static class KafkaNativeLibrary
{
    private static readonly Lock Gate = new();
    private static readonly HashSet<Assembly> Bound = [];
    private static IntPtr _handle;

    /// <summary>The file loaded, once <see cref="BindTo"/> ran; null on platforms left to the default probing.</summary>
    public static string? LoadedPath { get; private set; }

    /// <summary>Makes <paramref name="assembly"/>'s imports of librdkafka resolve to the redist's file (idempotent).</summary>
    public static void BindTo(Assembly assembly)
    {
        lock (Gate)
        {
            if (!OperatingSystem.IsLinux() || !Bound.Add(assembly)) return;
            NativeLibrary.SetDllImportResolver(assembly, Resolve);
        }
    }

    /// <summary>Binds Confluent.Kafka itself: call before the first client is built.</summary>
    public static void BindClient() => BindTo(typeof(Confluent.Kafka.Library).Assembly);

    private static IntPtr Resolve(string name, Assembly assembly, DllImportSearchPath? searchPath) =>
        name.Contains("rdkafka", StringComparison.Ordinal) ? Load() : IntPtr.Zero;

    private static IntPtr Load()
    {
        lock (Gate)
        {
            if (_handle != IntPtr.Zero) return _handle;
            var folder = Path.Combine(AppContext.BaseDirectory, "runtimes",
                RuntimeInformation.ProcessArchitecture == Architecture.Arm64 ? "linux-arm64" : "linux-x64", "native");
            var failures = new List<string>();
            // The plain build first (it has SASL/GSSAPI where libsasl2.so.3 exists), then the self-contained one.
            foreach (var file in new[] { "librdkafka.so", "centos8-librdkafka.so" })
            {
                var path = Path.Combine(folder, file);
                if (NativeLibrary.TryLoad(path, out _handle)) { LoadedPath = path; return _handle; }
                failures.Add(path);
            }
            throw new DllNotFoundException("librdkafka.redist's native library could not be loaded from: " + string.Join(", ", failures));
        }
    }
}
