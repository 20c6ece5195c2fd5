namespace Rampart.Dependencies.Advisories;

/// <summary>
/// The CVSS v3.0 / v3.1 base score from a vector string, with the specification's round-up
/// (v3.1 rounds on an integer to avoid floating-point artefacts; v3.0 uses a plain ceiling).
/// Temporal and environmental metrics in the vector are ignored: only the base score is wanted.
/// </summary>
public static class CvssV3Calculator
{
    private static readonly string[] BaseMetrics = ["AV", "AC", "PR", "UI", "S", "C", "I", "A"];

    public static bool TryScore(string vector, out double score)
    {
        score = 0;
        var parts = vector.Trim().Split('/');
        if (parts.Length < 9 || parts[0] is not ("CVSS:3.0" or "CVSS:3.1"))
        {
            return false;
        }

        var metrics = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var part in parts.Skip(1))
        {
            var colon = part.IndexOf(':');
            if (colon <= 0 || !metrics.TryAdd(part[..colon], part[(colon + 1)..]))
            {
                return false;
            }
        }

        if (BaseMetrics.Any(m => !metrics.ContainsKey(m)))
        {
            return false;
        }

        var changed = metrics["S"] switch { "U" => false, "C" => true, _ => (bool?)null };
        var av = Weight(metrics["AV"], ("N", 0.85), ("A", 0.62), ("L", 0.55), ("P", 0.2));
        var ac = Weight(metrics["AC"], ("L", 0.77), ("H", 0.44));
        var pr = changed == true
            ? Weight(metrics["PR"], ("N", 0.85), ("L", 0.68), ("H", 0.5))
            : Weight(metrics["PR"], ("N", 0.85), ("L", 0.62), ("H", 0.27));
        var ui = Weight(metrics["UI"], ("N", 0.85), ("R", 0.62));
        var c = Weight(metrics["C"], ("H", 0.56), ("L", 0.22), ("N", 0));
        var i = Weight(metrics["I"], ("H", 0.56), ("L", 0.22), ("N", 0));
        var a = Weight(metrics["A"], ("H", 0.56), ("L", 0.22), ("N", 0));
        if (changed is null || av is null || ac is null || pr is null || ui is null || c is null || i is null || a is null)
        {
            return false;
        }

        var iss = 1 - ((1 - c.Value) * (1 - i.Value) * (1 - a.Value));
        var impact = changed.Value
            ? (7.52 * (iss - 0.029)) - (3.25 * Math.Pow(iss - 0.02, 15))
            : 6.42 * iss;
        var exploitability = 8.22 * av.Value * ac.Value * pr.Value * ui.Value;
        if (impact <= 0)
        {
            return true;
        }

        var raw = changed.Value ? Math.Min(1.08 * (impact + exploitability), 10) : Math.Min(impact + exploitability, 10);
        score = parts[0] == "CVSS:3.1" ? RoundUp31(raw) : Math.Ceiling(raw * 10) / 10;
        return true;
    }

    /// <summary>CVSS v3.1 Appendix A: round up to one decimal, computed on integers.</summary>
    private static double RoundUp31(double value)
    {
        var integer = (long)Math.Round(value * 100000);
        return integer % 10000 == 0 ? integer / 100000.0 : (Math.Floor(integer / 10000.0) + 1) / 10.0;
    }

    private static double? Weight(string value, params (string Code, double Weight)[] table)
    {
        foreach (var (code, weight) in table)
        {
            if (value == code)
            {
                return weight;
            }
        }

        return null;
    }
}
