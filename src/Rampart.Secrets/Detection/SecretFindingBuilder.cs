using System.Globalization;
using Rampart.Core.Findings;

namespace Rampart.Secrets.Detection;

/// <summary>
/// Turns occurrences into findings: the same secret under the same rule is one finding, its
/// other places related locations; a secret only in history says which commit added it and that
/// it must be rotated.
/// </summary>
internal static class SecretFindingBuilder
{
    private const int MaxRelatedLocations = 100;

    public static List<Finding> Build(IEnumerable<SecretOccurrence> occurrences) =>
    [
        .. occurrences
            .GroupBy(o => (o.Rule.Id, o.Secret.Sha256))
            .Select(group => BuildOne([.. group.OrderBy(Rank).ThenBy(o => o.Location.Path, StringComparer.Ordinal).ThenBy(o => o.Location.Line)])),
    ];

    /// <summary>Working-tree places first, then HEAD, then older history.</summary>
    private static int Rank(SecretOccurrence occurrence) => occurrence.Blob is null ? 0 : occurrence.InHead ? 1 : 2;

    private static Finding BuildOne(List<SecretOccurrence> all)
    {
        // The same place seen in the working tree and in its commits is one place.
        var places = all.DistinctBy(p => (p.Location.Path, p.Location.Line, p.Location.Column)).ToList();
        var primary = places[0];
        var rule = primary.Rule;
        var stillInHead = all.Any(p => p.InHead);
        var introduced = all.Where(p => p.Blob is not null).MinBy(p => p.Blob!.IntroducedBy.Date)?.Blob;
        var origin = introduced is null ? null : new Core.Findings.GitOrigin(introduced.IntroducedBy.Id, introduced.IntroducedBy.Author, introduced.IntroducedBy.Date, stillInHead);
        var onlyTestsOrDocs = places.All(p => PathKind.IsTestOrDocs(p.Location.Path));
        var severity = onlyTestsOrDocs && rule.DefaultSeverity > Severity.Info ? rule.DefaultSeverity - 1 : rule.DefaultSeverity;
        return new Finding
        {
            RuleId = rule.Id,
            Severity = severity,
            Confidence = onlyTestsOrDocs ? Confidence.Low : rule.DefaultConfidence,
            Message = Message(primary, origin, places.Count),
            Location = primary.Location,
            RelatedLocations = [.. places.Skip(1).Take(MaxRelatedLocations).Select(Related)],
            Fingerprint = Fingerprint.Create(rule.Id, primary.Blob is null ? primary.Location.Path : introduced?.Path ?? primary.Location.Path, primary.Secret.Sha256),
            Evidence = new SecretEvidence(primary.Secret, primary.Provider) { Origin = origin },
        };
    }

    private static string Message(SecretOccurrence primary, Core.Findings.GitOrigin? origin, int places)
    {
        var what = primary.Headline ?? $"{primary.Rule.Title} {primary.Secret.Preview}";
        if (primary.Escalation is not null)
        {
            what += $" {primary.Escalation}";
        }

        var where = places > 1 ? $" (in {places} places)" : string.Empty;
        if (origin is null)
        {
            return what + where;
        }

        var commit = $"commit {origin.Commit[..Math.Min(12, origin.Commit.Length)]} by {origin.Author} on {origin.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}";
        return origin.StillInHead
            ? $"{what}{where}, committed in {commit}"
            : $"{what} was removed from the code but is still in git history (added in {commit}): rotate it";
    }

    private static SourceLocation Related(SecretOccurrence occurrence) => occurrence.Location with
    {
        Label = occurrence.Blob is null ? "also here"
            : occurrence.InHead ? "also committed here"
            : $"in history, commit {occurrence.Blob.IntroducedBy.Id[..Math.Min(12, occurrence.Blob.IntroducedBy.Id.Length)]}",
    };
}
