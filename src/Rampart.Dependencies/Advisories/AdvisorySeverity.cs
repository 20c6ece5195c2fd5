using Rampart.Core.Findings;

namespace Rampart.Dependencies.Advisories;

/// <summary>
/// How severe an advisory is: the base score computed from the record's CVSS v4.0 or v3.x vector
/// (the higher when it has both), else the record's own score (NSWG `database_specific.cvss_score`) or rating
/// (GHSA `database_specific.severity`, or a per-package one).
/// </summary>
public sealed record AdvisorySeverity(Severity Level, double? Score, string Basis)
{
    public static Severity FromScore(double score) => score switch
    {
        >= 9.0 => Severity.Critical,
        >= 7.0 => Severity.High,
        >= 4.0 => Severity.Medium,
        > 0 => Severity.Low,
        _ => Severity.Info,
    };

    /// <summary>The severity of <paramref name="record"/>, or null when it says nothing usable.</summary>
    public static AdvisorySeverity? Of(OsvRecord record)
    {
        // With both a v3 and a v4 vector the higher score stands: GitHub rated GHSA-qw6h-vgh9-j6wx
        // MODERATE from its v3 vector (5.0) while its v4 vector scores 2.3, and a gate should not
        // quietly downgrade.
        AdvisorySeverity? best = null;
        foreach (var entry in record.Severity)
        {
            var scored = entry.Type.ToUpperInvariant() switch
            {
                "CVSS_V4" => CvssV4Calculator.TryScore(entry.Score, out var v4) ? v4 : (double?)null,
                "CVSS_V3" => CvssV3Calculator.TryScore(entry.Score, out var v3) ? v3 : null,
                _ => null,
            };
            if (scored is { } score && (best is null || score > best.Score))
            {
                best = new AdvisorySeverity(FromScore(score), score, entry.Score);
            }
        }

        if (best is not null)
        {
            return best;
        }

        // A vector can be malformed (NSWG-ECO-504: `I:U/A:U`); the source's own score then stands.
        if (OsvJson.NumberProperty(record.DatabaseSpecific, "cvss_score") is { } own and >= 0 and <= 10)
        {
            return new AdvisorySeverity(FromScore(own), own, "database_specific.cvss_score");
        }

        var rating = record.DatabaseSeverity ?? record.Affected.Select(a => a.DatabaseSeverity).FirstOrDefault(s => s is not null);
        return FromRating(rating) is { } level ? new AdvisorySeverity(level, null, $"rating {rating}") : null;
    }

    private static Severity? FromRating(string? rating) => rating?.ToUpperInvariant() switch
    {
        "CRITICAL" => Severity.Critical,
        "HIGH" => Severity.High,
        "MODERATE" or "MEDIUM" => Severity.Medium,
        "LOW" => Severity.Low,
        _ => null,
    };
}
