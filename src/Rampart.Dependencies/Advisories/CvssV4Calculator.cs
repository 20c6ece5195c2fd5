using static Rampart.Dependencies.Advisories.CvssV4Tables;

namespace Rampart.Dependencies.Advisories;

/// <summary>
/// The CVSS v4.0 base score (CVSS-B, or CVSS-BTE when the vector carries threat and environmental
/// metrics): the macro vector's score from the specification's table, lowered by the vector's
/// mean proportional distance from the highest-severity vectors of its macro vector, as the
/// FIRST reference calculator does.
/// </summary>
public static class CvssV4Calculator
{
    private static readonly Dictionary<string, string> Allowed = new(StringComparer.Ordinal)
    {
        ["AV"] = "NALP", ["AC"] = "LH", ["AT"] = "NP", ["PR"] = "NLH", ["UI"] = "NPA",
        ["VC"] = "HLN", ["VI"] = "HLN", ["VA"] = "HLN", ["SC"] = "HLN", ["SI"] = "HLN", ["SA"] = "HLN",
        ["E"] = "XAPU", ["CR"] = "XHML", ["IR"] = "XHML", ["AR"] = "XHML",
        ["MAV"] = "XNALP", ["MAC"] = "XLH", ["MAT"] = "XNP", ["MPR"] = "XNLH", ["MUI"] = "XNPA",
        ["MVC"] = "XHLN", ["MVI"] = "XHLN", ["MVA"] = "XHLN", ["MSC"] = "XHLN", ["MSI"] = "XSHLN", ["MSA"] = "XSHLN",
    };

    private static readonly string[] BaseMetrics = ["AV", "AC", "AT", "PR", "UI", "VC", "VI", "VA", "SC", "SI", "SA"];

    private static readonly Dictionary<string, Dictionary<char, double>> Levels = new(StringComparer.Ordinal)
    {
        ["AV"] = new() { ['N'] = 0.0, ['A'] = 0.1, ['L'] = 0.2, ['P'] = 0.3 },
        ["PR"] = new() { ['N'] = 0.0, ['L'] = 0.1, ['H'] = 0.2 },
        ["UI"] = new() { ['N'] = 0.0, ['P'] = 0.1, ['A'] = 0.2 },
        ["AC"] = new() { ['L'] = 0.0, ['H'] = 0.1 },
        ["AT"] = new() { ['N'] = 0.0, ['P'] = 0.1 },
        ["VC"] = new() { ['H'] = 0.0, ['L'] = 0.1, ['N'] = 0.2 },
        ["VI"] = new() { ['H'] = 0.0, ['L'] = 0.1, ['N'] = 0.2 },
        ["VA"] = new() { ['H'] = 0.0, ['L'] = 0.1, ['N'] = 0.2 },
        ["SC"] = new() { ['H'] = 0.1, ['L'] = 0.2, ['N'] = 0.3 },
        ["SI"] = new() { ['S'] = 0.0, ['H'] = 0.1, ['L'] = 0.2, ['N'] = 0.3 },
        ["SA"] = new() { ['S'] = 0.0, ['H'] = 0.1, ['L'] = 0.2, ['N'] = 0.3 },
        ["CR"] = new() { ['H'] = 0.0, ['M'] = 0.1, ['L'] = 0.2 },
        ["IR"] = new() { ['H'] = 0.0, ['M'] = 0.1, ['L'] = 0.2 },
        ["AR"] = new() { ['H'] = 0.0, ['M'] = 0.1, ['L'] = 0.2 },
    };

    public static bool TryScore(string vector, out double score)
    {
        score = 0;
        if (!TryParse(vector, out var metrics))
        {
            return false;
        }

        char M(string metric) => Effective(metrics, metric);
        if (new[] { "VC", "VI", "VA", "SC", "SI", "SA" }.All(m => M(m) == 'N'))
        {
            return true;
        }

        var eq1 = M("AV") == 'N' && M("PR") == 'N' && M("UI") == 'N' ? 0
            : (M("AV") == 'N' || M("PR") == 'N' || M("UI") == 'N') && M("AV") != 'P' ? 1 : 2;
        var eq2 = M("AC") == 'L' && M("AT") == 'N' ? 0 : 1;
        var eq3 = M("VC") == 'H' && M("VI") == 'H' ? 0 : M("VC") == 'H' || M("VI") == 'H' || M("VA") == 'H' ? 1 : 2;
        var eq4 = M("MSI") == 'S' || M("MSA") == 'S' ? 0 : M("SC") == 'H' || M("SI") == 'H' || M("SA") == 'H' ? 1 : 2;
        var eq5 = M("E") switch { 'A' => 0, 'P' => 1, _ => 2 };
        var eq6 = (M("CR") == 'H' && M("VC") == 'H') || (M("IR") == 'H' && M("VI") == 'H') || (M("AR") == 'H' && M("VA") == 'H') ? 0 : 1;

        var value = Lookup(eq1, eq2, eq3, eq4, eq5, eq6);
        var lower1 = Lookup(eq1 + 1, eq2, eq3, eq4, eq5, eq6);
        var lower2 = Lookup(eq1, eq2 + 1, eq3, eq4, eq5, eq6);
        var lower36 = (eq3, eq6) switch
        {
            (0, 0) => Higher(Lookup(eq1, eq2, eq3, eq4, eq5, eq6 + 1), Lookup(eq1, eq2, eq3 + 1, eq4, eq5, eq6)),
            (1, 0) => Lookup(eq1, eq2, eq3, eq4, eq5, eq6 + 1),
            (2, 1) => double.NaN,
            _ => Lookup(eq1, eq2, eq3 + 1, eq4, eq5, eq6),
        };
        var lower4 = Lookup(eq1, eq2, eq3, eq4 + 1, eq5, eq6);
        var lower5 = Lookup(eq1, eq2, eq3, eq4, eq5 + 1, eq6);

        var distance = SeverityDistances(metrics, eq1, eq2, eq3, eq4, eq5, eq6);
        double D(params string[] names) => names.Sum(n => distance[n]);

        const double step = 0.1;
        var parts = new (double Available, double Proportion)[]
        {
            (value - lower1, D("AV", "PR", "UI") / (Eq1Depth[eq1] * step)),
            (value - lower2, D("AC", "AT") / (Eq2Depth[eq2] * step)),
            (value - lower36, D("VC", "VI", "VA", "CR", "IR", "AR") / (Eq3Eq6Depth[eq3][eq6] * step)),
            (value - lower4, D("SC", "SI", "SA") / (Eq4Depth[eq4] * step)),
            (value - lower5, 0),
        };
        var existing = parts.Where(p => !double.IsNaN(p.Available)).ToArray();
        var mean = existing.Length == 0 ? 0 : existing.Sum(p => p.Available * p.Proportion) / existing.Length;
        var result = Math.Clamp(value - mean, 0, 10);

        // Round half up to one decimal, with the reference's epsilon against floating-point residue.
        score = Math.Floor(((result + 1e-6) * 10) + 0.5) / 10;
        return true;
    }

    private static bool TryParse(string vector, out Dictionary<string, char> metrics)
    {
        metrics = new Dictionary<string, char>(StringComparer.Ordinal);
        var parts = vector.Trim().Split('/');
        if (parts[0] != "CVSS:4.0")
        {
            return false;
        }

        foreach (var part in parts.Skip(1))
        {
            var colon = part.IndexOf(':');
            if (colon <= 0)
            {
                return false;
            }

            var name = part[..colon];
            var value = part[(colon + 1)..];
            if (!Allowed.TryGetValue(name, out var values))
            {
                continue; // supplemental metrics (S, AU, R, V, RE, U) do not change the score
            }

            if (value.Length != 1 || !values.Contains(value[0]) || !metrics.TryAdd(name, value[0]))
            {
                return false;
            }
        }

        return BaseMetrics.All(metrics.ContainsKey);
    }

    /// <summary>Threat and environmental metrics: E and the requirements default to their worst case; modified metrics override.</summary>
    private static char Effective(Dictionary<string, char> metrics, string metric)
    {
        var selected = metrics.GetValueOrDefault(metric, 'X');
        if (metric == "E" && selected == 'X')
        {
            return 'A';
        }

        if (metric is "CR" or "IR" or "AR" && selected == 'X')
        {
            return 'H';
        }

        return metrics.TryGetValue("M" + metric, out var modified) && modified != 'X' ? modified : selected;
    }

    /// <summary>The distances from the first highest-severity vector of the macro vector that the vector does not exceed.</summary>
    private static Dictionary<string, double> SeverityDistances(Dictionary<string, char> metrics, int eq1, int eq2, int eq3, int eq4, int eq5, int eq6)
    {
        var candidates =
            from a in Eq1Maxes[eq1]
            from b in Eq2Maxes[eq2]
            from c in Eq3Eq6Maxes[eq3][eq6]
            from d in Eq4Maxes[eq4]
            from e in Eq5Maxes[eq5]
            select string.Join('/', a, b, c, d, e);
        var distances = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var candidate in candidates)
        {
            var max = candidate.Split('/').ToDictionary(p => p[..p.IndexOf(':')], p => p[^1], StringComparer.Ordinal);
            foreach (var (name, levels) in Levels)
            {
                distances[name] = levels[Effective(metrics, name)] - levels[max[name]];
            }

            // As in the reference: the first that the vector does not exceed, else the last one tried.
            if (distances.Values.All(v => v >= 0))
            {
                break;
            }
        }

        return distances;
    }

    private static double Lookup(int eq1, int eq2, int eq3, int eq4, int eq5, int eq6) =>
        MacroVectorScores.TryGetValue($"{eq1}{eq2}{eq3}{eq4}{eq5}{eq6}", out var score) ? score : double.NaN;

    // NaN-aware as in the reference: a missing left side yields the right side.
    private static double Higher(double left, double right) => left > right ? left : right;
}
