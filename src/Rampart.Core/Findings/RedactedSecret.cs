using System.Security.Cryptography;
using System.Text;

namespace Rampart.Core.Findings;

/// <summary>
/// What a finding may keep of a secret: the first four characters, the length and a SHA-256
/// hash (to recognise the same secret elsewhere). The raw value is dropped in <see cref="From"/>,
/// so nothing downstream — reporters, logs, baselines — can ever print it.
/// </summary>
public sealed record RedactedSecret
{
    private const int VisiblePrefix = 4;

    private RedactedSecret(string preview, int length, string sha256)
    {
        Preview = preview;
        Length = length;
        Sha256 = sha256;
    }

    /// <summary>First characters plus the length, e.g. <c>sk-p…(164 chars)</c>.</summary>
    public string Preview { get; }

    public int Length { get; }

    /// <summary>Lower-case hex SHA-256 of the raw value.</summary>
    public string Sha256 { get; }

    public static RedactedSecret From(string rawSecret)
    {
        ArgumentNullException.ThrowIfNull(rawSecret);
        // Short secrets show less, so the preview never reveals most of the value.
        var visible = Math.Min(VisiblePrefix, rawSecret.Length / 4);
        var preview = $"{rawSecret[..visible]}…({rawSecret.Length} chars)";
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(rawSecret)));
        return new RedactedSecret(preview, rawSecret.Length, hash);
    }

    /// <summary>Rebuilds a value read back from a report or baseline; it never held the secret.</summary>
    public static RedactedSecret FromStored(string preview, int length, string sha256) => new(preview, length, sha256);

    public override string ToString() => Preview;
}
