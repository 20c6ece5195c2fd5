using System.Text.RegularExpressions;

namespace Rampart.Pipeline;

/// <summary>
/// A script command that downloads code and runs it unseen, at its position in the script:
/// <c>curl … | sh</c>, <c>wget -O- … | sudo bash</c>, <c>bash &lt;(curl …)</c>,
/// <c>sh -c "$(curl …)"</c>, and PowerShell's <c>iwr … | iex</c>. Shared by the CI audits of
/// every platform, so they agree on what counts.
/// </summary>
/// <param name="Index">Where the command starts in the searched text.</param>
/// <param name="Length">How long it is, from the download to the shell.</param>
/// <param name="Command">The command with its whitespace collapsed, for messages and fingerprints.</param>
internal sealed partial record PipedDownload(int Index, int Length, string Command)
{
    /// <summary>The POSIX shell forms in <paramref name="script"/>, a download split over lines with <c>\</c> included.</summary>
    public static IEnumerable<PipedDownload> InShell(string script) => Find(ShellPipe(), script);

    /// <summary>The shell forms and the PowerShell forms, for scripts whose shell depends on the runner.</summary>
    public static IEnumerable<PipedDownload> InAnyShell(string script) =>
        InShell(script).Concat(Find(PowerShellPipe(), script)).OrderBy(p => p.Index);

    private static IEnumerable<PipedDownload> Find(Regex pattern, string script) =>
        pattern.Matches(script).Select(m => new PipedDownload(m.Index, m.Length, string.Join(' ', m.Value.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))));

    [GeneratedRegex("""
        \b(?:curl|wget)\b(?:[^\n|;&\#]|\\\n)*\|\s*(?:sudo\s+(?:-\S+\s+)*)?(?:env\s+\S+=\S*\s+)*(?:ba|z|da|k|fi)?sh\b
        |\b(?:ba|z)?sh\s+(?:-\S+\s+)*<\(\s*(?:curl|wget)\b[^)\n]*\)
        |\b(?:ba|z)?sh\s+-c\s+["']?\$\(\s*(?:curl|wget)\b[^)\n]*\)
        """, RegexOptions.IgnorePatternWhitespace | RegexOptions.CultureInvariant)]
    private static partial Regex ShellPipe();

    /// <summary><c>iwr URL | iex</c>, <c>iex (irm URL)</c> and the WebClient <c>DownloadString</c> spelling Chocolatey's installer made common.</summary>
    [GeneratedRegex("""
        (?:\b(?:iwr|irm|curl|wget|Invoke-WebRequest|Invoke-RestMethod)\b|\(\s*New-Object\s+(?:System\.)?Net\.WebClient\s*\)\.DownloadString\b)[^\n|;]*\|\s*(?:iex|Invoke-Expression)\b
        |\b(?:iex|Invoke-Expression)\b[\s(]*(?:\b(?:iwr|irm|Invoke-WebRequest|Invoke-RestMethod)\b|New-Object\s+(?:System\.)?Net\.WebClient\b)[^\n;]*
        """, RegexOptions.IgnorePatternWhitespace | RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PowerShellPipe();
}
