using System.CommandLine;
using Rampart.Core.Configuration;
using Rampart.Core.Findings;
using Rampart.Core.Scanning;

namespace Rampart.Cli.Commands;

/// <summary>The arguments <c>scan</c> and <c>baseline create</c> share: what to scan and with which settings.</summary>
internal sealed class ScanInputs
{
    public Argument<string> Path { get; } = new("PATH") { Description = "Repository or folder to scan", DefaultValueFactory = _ => "." };

    public Option<string?> Config { get; } = new("--config", "-c") { Description = "Configuration file (default: PATH/.rampart.yml when it exists)" };

    public Option<string[]> Only { get; } = new("--only")
    {
        Description = "Run only these detector families, comma-separated: secrets, dependencies, code, pipeline",
        AllowMultipleArgumentsPerToken = false,
    };

    public Option<bool> NoHistory { get; } = new("--no-history") { Description = "Do not scan git history for secrets (it is scanned by default in a repository)" };

    public Option<bool> Staged { get; } = new("--staged") { Description = "Scan only what is staged in the git index (for a pre-commit hook)" };

    public Option<bool> Stdin { get; } = new("--stdin") { Description = "Scan the text piped on standard input, reported as 'stdin'" };

    public const string OfflineFlag = "--offline";

    public Option<bool> Offline { get; } = new(OfflineFlag) { Description = "No network look-ups: skip the package-registry checks (also RAMPART_OFFLINE=1)" };

    public const string OnlineFlag = "--online";

    public Option<bool> Online { get; } = new(OnlineFlag) { Description = "Also ask the OSV API (querybatch) about every resolved package and add what it knows to the local advisory store" };

    public void AddTo(Command command)
    {
        command.Arguments.Add(Path);
        command.Options.Add(Config);
        command.Options.Add(Only);
        command.Options.Add(NoHistory);
        command.Options.Add(Staged);
        command.Options.Add(Stdin);
        command.Options.Add(Offline);
        command.Options.Add(Online);
    }

    /// <summary>Turns the parsed arguments into a request; bad input is a <see cref="UsageException"/> or <see cref="ConfigException"/>.</summary>
    public ScanRequest ToRequest(ParseResult result, Stream stdin, bool offlineByEnvironment = false)
    {
        var root = result.GetValue(Path) ?? ".";
        if (!Directory.Exists(root))
        {
            throw new UsageException($"{root}: no such directory");
        }

        var configPath = result.GetValue(Config);
        if (configPath is not null && !File.Exists(configPath))
        {
            throw new UsageException($"{configPath}: configuration file not found");
        }

        configPath ??= System.IO.Path.Combine(root, ConfigLoader.DefaultFileName);
        var config = File.Exists(configPath) ? ConfigLoader.Load(configPath) : RampartConfig.Default;
        if (result.GetValue(Online) && (result.GetValue(Offline) || offlineByEnvironment))
        {
            throw new UsageException($"--online cannot be combined with {(result.GetValue(Offline) ? "--offline" : "RAMPART_OFFLINE=1")}");
        }

        var (staged, fromStdin) = (result.GetValue(Staged), result.GetValue(Stdin));
        if (staged && fromStdin)
        {
            throw new UsageException("--staged and --stdin cannot be combined");
        }

        return new ScanRequest(root, config)
        {
            Families = ParseFamilies(result.GetValue(Only) ?? []),
            IncludeHistory = !result.GetValue(NoHistory),
            Source = staged ? ScanSource.Staged : fromStdin ? ScanSource.Stdin : ScanSource.WorkingTree,
            StdinContent = fromStdin ? ReadAll(stdin) : [],
        };
    }

    private static byte[] ReadAll(Stream stdin)
    {
        using var buffer = new MemoryStream();
        stdin.CopyTo(buffer);
        return buffer.ToArray();
    }

    private static HashSet<DetectorFamily> ParseFamilies(IEnumerable<string> values)
    {
        var families = new HashSet<DetectorFamily>();
        foreach (var name in values.SelectMany(v => v.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)))
        {
            families.Add(SeverityNames.TryParseFamily(name, out var family)
                ? family
                : throw new UsageException($"--only: unknown family '{name}' (expected one of: {SeverityNames.AllFamilyNames})"));
        }

        return families;
    }
}
