namespace Rampart.Pipeline.Scaffolding;

/// <summary>One action of the pin table: the commit a release tag pointed to when the table was written.</summary>
internal sealed record ActionPin(string Action, string Sha, string Version)
{
    /// <summary>The <c>uses:</c> value with its version comment: <c>actions/checkout@&lt;sha&gt; # v6.0.2</c>.</summary>
    public string Reference => $"{Action}@{Sha} # {Version}";
}
