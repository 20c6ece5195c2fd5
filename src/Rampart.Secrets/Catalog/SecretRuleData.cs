namespace Rampart.Secrets.Catalog;

/// <summary>One rule as written in a YAML file under Rules/ (see Rules/README.md); compiled into a <see cref="SecretRule"/>.</summary>
internal sealed class SecretRuleData
{
    public string Id { get; set; } = string.Empty;

    public string Name { get; set; } = string.Empty;

    public string Title { get; set; } = string.Empty;

    public string? Description { get; set; }

    public string Provider { get; set; } = string.Empty;

    public string Kind { get; set; } = "api-key";

    public string Regex { get; set; } = string.Empty;

    public int SecretGroup { get; set; } = 1;

    public List<string> Keywords { get; set; } = [];

    public double? Entropy { get; set; }

    public string? Context { get; set; }

    /// <summary>Optional regex over the file path: the rule only applies to matching files.</summary>
    public string? Paths { get; set; }

    /// <summary>Optional regex over the file path: the rule never applies to matching files.</summary>
    public string? ExcludePaths { get; set; }

    /// <summary>Optional regex over the secret: a matching value is not a secret (a URL, a path, a word).</summary>
    public string? Exclude { get; set; }

    /// <summary>For assignment rules: the capture group holding the variable or key name.</summary>
    public int? KeyGroup { get; set; }

    /// <summary>Optional regex over the key name: a matching name does not hold a secret (<c>token_url</c>).</summary>
    public string? ExcludeKey { get; set; }

    public string Severity { get; set; } = "high";

    public string Confidence { get; set; } = "high";

    public string Remediation { get; set; } = string.Empty;

    public List<string> References { get; set; } = [];

    /// <summary>The file name the examples are checked as, for rules limited by <see cref="Paths"/>.</summary>
    public string ExamplePath { get; set; } = "config.txt";

    public List<string> Examples { get; set; } = [];

    public List<string> Counterexamples { get; set; } = [];
}

/// <summary>The top level of a rules file.</summary>
internal sealed class SecretRuleFile
{
    public List<SecretRuleData> Rules { get; set; } = [];
}
