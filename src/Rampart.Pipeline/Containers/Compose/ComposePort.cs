using Rampart.Core.Findings;

namespace Rampart.Pipeline.Containers.Compose;

/// <summary>
/// A <c>ports:</c> entry normalised from either syntax: <c>"[ip:][published:]target[/proto]"</c>
/// or <c>{ target, published, host_ip }</c>. Ranges stay as written (<c>5432-5433</c>).
/// </summary>
internal sealed record ComposePort(string? HostIp, string? Published, string Target, ComposeEntry Entry)
{
    public static ComposePort FromShortSyntax(ComposeEntry entry)
    {
        var text = entry.Text.Trim();
        var slash = text.IndexOf('/', StringComparison.Ordinal);
        if (slash >= 0)
        {
            text = text[..slash];
        }

        string? hostIp = null;
        if (text.StartsWith('['))
        {
            var close = text.IndexOf(']', StringComparison.Ordinal);
            hostIp = close > 0 ? text[1..close] : null;
            text = close > 0 && close + 1 < text.Length ? text[(close + 2)..] : string.Empty;
        }

        var parts = text.Split(':');
        return parts.Length switch
        {
            1 => new ComposePort(hostIp, null, parts[0], entry),
            2 => new ComposePort(hostIp, parts[0], parts[1], entry),
            _ => new ComposePort(string.Join(':', parts[..^2]), parts[^2], parts[^1], entry),
        };
    }

    /// <summary>True when the container side is, or is a range containing, <paramref name="port"/>.</summary>
    public bool TargetIncludes(int port)
    {
        var range = Target.Split('-');
        return int.TryParse(range[0], out var low)
            && int.TryParse(range[^1], out var high)
            && port >= low && port <= high;
    }

    /// <summary>Published on every interface: no host IP, or a wildcard one.</summary>
    public bool IsOnAllInterfaces => HostIp is null or "" or "0.0.0.0" or "::" or "[::]";
}
