using Rampart.Core.Findings;
using Rampart.Core.Rules;

namespace Rampart.Pipeline.Ci;

/// <summary>
/// A <c>variables:</c> entry of a CI file whose name says it holds a secret and whose value is a
/// literal. The finding points at the value and carries it only redacted, as secret evidence, so
/// every report masks it in its snippet.
/// </summary>
internal static class LiteralSecretVariable
{
    /// <summary>The finding for <paramref name="variable"/>, or null when its name or value is not a secret's.</summary>
    /// <param name="scope">Where the variable is defined, e.g. "job deploy", for the message and the fingerprint.</param>
    /// <param name="file">How the file is named in the message, e.g. ".gitlab-ci.yml".</param>
    /// <param name="fix">The platform's way to keep the secret, for the message.</param>
    public static Finding? Check(Rule rule, string path, string scope, WorkflowEntry variable, string file, string fix)
    {
        var value = variable.Value.Text;
        if (!SecretVariableNames.IsSecretName(variable.Name) || !SecretVariableNames.IsLiteral(value) || IsCiReference(value))
        {
            return null;
        }

        return new Finding
        {
            RuleId = rule.Id,
            Severity = rule.DefaultSeverity,
            Confidence = rule.DefaultConfidence,
            Message = $"{Capitalised(scope)} sets {variable.Name} to a literal secret in {file}: {fix}",
            Location = variable.Value.Location,
            Fingerprint = Fingerprint.Create(rule.Id, path, $"{scope} variables {variable.Name}"),
            Evidence = new SecretEvidence(RedactedSecret.From(value), $"literal {variable.Name} in {file}"),
        };
    }

    /// <summary>Azure's macro, runtime and template syntax, which <see cref="SecretVariableNames.IsLiteral"/> does not know.</summary>
    private static bool IsCiReference(string value) =>
        value.Contains("$(", StringComparison.Ordinal) || value.Contains("$[", StringComparison.Ordinal) || value.Contains("${{", StringComparison.Ordinal);

    private static string Capitalised(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
}
