namespace HealthExchange.Host.Cli;

/// <summary>
/// `hx VERB [SUBVERB] [--option value | --option=value | --flag] [POSITIONAL...]`. Small on purpose: the
/// command set is fixed by the CLI contract, and every verb validates its own options.
/// </summary>
public sealed class CommandLine
{
    private static readonly HashSet<string> Flags = new(StringComparer.Ordinal)
    {
        "help", "english", "wait", "delete", "no-schema", "keep", "cda", "all", "recorded", "no-http", "serve", "store",
    };

    public List<string> Words { get; } = [];
    public Dictionary<string, List<string>> Options { get; } = new(StringComparer.Ordinal);
    public HashSet<string> SetFlags { get; } = new(StringComparer.Ordinal);

    public static CommandLine Parse(IReadOnlyList<string> args)
    {
        var line = new CommandLine();
        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            if (arg == "-h") { line.SetFlags.Add("help"); continue; }
            if (!arg.StartsWith("--", StringComparison.Ordinal) || arg.Length == 2) { line.Words.Add(arg); continue; }
            var name = arg[2..];
            string? value = null;
            var equals = name.IndexOf('=', StringComparison.Ordinal);
            if (equals >= 0) { value = name[(equals + 1)..]; name = name[..equals]; }
            if (value is null && Flags.Contains(name)) { line.SetFlags.Add(name); continue; }
            if (value is null)
            {
                if (i + 1 >= args.Count) throw new UsageException($"--{name} needs a value");
                value = args[++i];
            }
            if (!line.Options.TryGetValue(name, out var values)) line.Options[name] = values = [];
            values.Add(value);
        }
        return line;
    }

    public string Verb => Words.Count > 0 ? Words[0] : "";

    public string? Option(string name) => Options.TryGetValue(name, out var values) ? values[^1] : null;

    public string RequiredOption(string name) => Option(name) ?? throw new UsageException($"--{name} is required");

    public bool Flag(string name) => SetFlags.Contains(name);

    /// <summary>Words after the verb (and sub-verb, when <paramref name="skip"/> is 2).</summary>
    public IReadOnlyList<string> Positionals(int skip = 1) => Words.Skip(skip).ToList();
}
