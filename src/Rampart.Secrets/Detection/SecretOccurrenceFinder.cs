using Rampart.Core.Findings;
using Rampart.Core.Scanning;
using Rampart.Secrets.Catalog;
using Rampart.Secrets.Checks;
using Rampart.Secrets.Matching;

namespace Rampart.Secrets.Detection;

/// <summary>
/// Everything the secrets family sees in one text, as occurrences: rule matches (JWTs classified
/// by their payload), escalated to RMP-S313 when the file or variable reaches the browser, plus
/// client-exposed variables whose name says they hold a secret.
/// </summary>
internal sealed class SecretOccurrenceFinder(SecretMatcher matcher, ClientCode clientCode, DateTimeOffset now)
{
    public IEnumerable<SecretOccurrence> Find(FileText file)
    {
        var isClient = clientCode.IsClientFile(file.Path, file.Text);
        foreach (var match in matcher.Find(file.Path, file.Text))
        {
            if (RuleFor(match) is not { } rule)
            {
                continue;
            }

            var location = file.LocationOf(match.Start, match.Length);
            var secret = RedactedSecret.From(match.Value);
            foreach (var copy in OtherCopies(file.Text, match))
            {
                // The same value elsewhere in the file (a comment, a log line) is the same secret:
                // it becomes a related place, which also gets it masked in every snippet.
                yield return new SecretOccurrence(rule, match.Rule.Provider, secret, file.LocationOf(copy, match.Length)) { InHead = true };
            }

            var exposed = rule.DefaultSeverity > Severity.Low && (isClient || PublicVariableNames.MentionsPublicVariable(file.Line(location.Line)));
            yield return exposed
                ? new SecretOccurrence(SecretsRules.SecretShippedToBrowser, match.Rule.Provider, secret, location)
                {
                    InHead = true,
                    Headline = $"{match.Rule.Rule.Title} {secret.Preview} is shipped to the browser ({(isClient ? "client code" : "client-exposed variable")})",
                }
                : new SecretOccurrence(rule, match.Rule.Provider, secret, location) { InHead = true };
        }

        foreach (var (name, index) in PublicVariableNames.SecretNamed(file.Text))
        {
            yield return new SecretOccurrence(SecretsRules.SecretShippedToBrowser, "bundler", RedactedSecret.From(name), file.LocationOf(index, name.Length))
            {
                InHead = true,
                Headline = $"{name} is a client-exposed variable whose name says it holds a secret: bundlers inline it into code every visitor downloads",
            };
        }
    }

    private static IEnumerable<int> OtherCopies(string text, SecretMatch match)
    {
        for (var i = text.IndexOf(match.Value, StringComparison.Ordinal); i >= 0; i = text.IndexOf(match.Value, i + match.Length, StringComparison.Ordinal))
        {
            if (i != match.Start)
            {
                yield return i;
            }
        }
    }

    private Core.Rules.Rule? RuleFor(SecretMatch match)
    {
        if (match.Rule.Rule.Id != SecretsRules.Jwt.Id)
        {
            return match.Rule.Rule;
        }

        return JwtClassifier.Classify(match.Value, now) switch
        {
            JwtClassifier.Kind.Privileged => SecretsRules.PowerfulJwt,
            JwtClassifier.Kind.Plain => SecretsRules.Jwt,
            _ => null,
        };
    }
}
