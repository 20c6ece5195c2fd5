using System.Text.RegularExpressions;
using Rampart.Core.Rules;

namespace Rampart.Secrets.Catalog;

/// <summary>A compiled secret rule: the shared <see cref="Rule"/> plus what the matcher needs.</summary>
internal sealed class SecretRule
{
    public required Rule Rule { get; init; }

    public required string Provider { get; init; }

    public required string Kind { get; init; }

    public required Regex Pattern { get; init; }

    public required int SecretGroup { get; init; }

    /// <summary>Lower-case; at least one occurs in every match.</summary>
    public required IReadOnlyList<string> Keywords { get; init; }

    public double? MinEntropy { get; init; }

    public Regex? Context { get; init; }

    public Regex? Paths { get; init; }

    public Regex? ExcludePaths { get; init; }

    public Regex? Exclude { get; init; }

    public int? KeyGroup { get; init; }

    public Regex? ExcludeKey { get; init; }

    public IReadOnlyList<string> References { get; init; } = [];

    public string ExamplePath { get; init; } = "config.txt";

    public IReadOnlyList<string> Examples { get; init; } = [];

    public IReadOnlyList<string> Counterexamples { get; init; } = [];

    /// <summary>How far past a keyword a match may reach: key blocks and JSON credentials span lines.</summary>
    public int MaxMatchLength => Kind is "private-key" or "credentials" ? 16 * 1024 : 2 * 1024;

    public bool SpansLines => Kind is "private-key" or "credentials";

    /// <summary>
    /// Generic rules (name-based assignments) and the shape-only JWT rule yield to a provider rule
    /// matching the same value: the provider's rule says more (which key, where to rotate it).
    /// </summary>
    public bool IsGeneric => Provider is "Generic" or "JWT";
}
