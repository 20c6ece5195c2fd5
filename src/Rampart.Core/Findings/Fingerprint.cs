using System.Security.Cryptography;
using System.Text;

namespace Rampart.Core.Findings;

/// <summary>
/// A stable identity for a finding: rule + path + normalised content, never the line number,
/// so a finding that moves to another line keeps its fingerprint (and its baseline entry).
/// </summary>
public static class Fingerprint
{
    public static string Create(RuleId rule, string path, string content)
    {
        var normalised = string.Join(' ', content.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        var bytes = Encoding.UTF8.GetBytes($"{rule.Value}\n{path}\n{normalised}");
        return Convert.ToHexStringLower(SHA256.HashData(bytes))[..32];
    }
}
