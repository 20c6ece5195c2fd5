using Rampart.Core.Findings;

namespace Rampart.Core.Rules;

/// <summary>Where each rule's page lives: <c>docs/rules/RMP-XXXX.md</c> in the repository.</summary>
public static class RuleDocs
{
    public const string BaseUri = "https://github.com/rampart-security/rampart/blob/main/docs/rules/";

    public static Uri UriFor(RuleId id) => new($"{BaseUri}{id.Value}.md");

    public static string FileNameFor(RuleId id) => $"{id.Value}.md";
}
