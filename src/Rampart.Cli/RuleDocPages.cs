using Rampart.Core.Findings;
using Rampart.Core.Rules;

namespace Rampart.Cli;

/// <summary>The docs/rules pages, embedded in the tool so <c>rampart rules ID</c> works offline.</summary>
internal static class RuleDocPages
{
    public static string? Read(RuleId id)
    {
        using var stream = typeof(RuleDocPages).Assembly.GetManifestResourceStream($"rules/{RuleDocs.FileNameFor(id)}");
        if (stream is null)
        {
            return null;
        }

        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
