using System.Text;
using System.Text.Unicode;

namespace Rampart.Core.Scanning;

/// <summary>
/// Turns file bytes into text without ever throwing: BOMs are honoured, valid UTF-8 is UTF-8,
/// anything else falls back to Latin-1 (every byte maps to a character, so offsets stay usable).
/// </summary>
public static class TextDecoding
{
    /// <summary>git's heuristic: a NUL byte in the first 8000 bytes means binary.</summary>
    private const int BinarySniffLength = 8000;

    public static bool LooksBinary(ReadOnlySpan<byte> bytes)
    {
        var head = bytes[..Math.Min(bytes.Length, BinarySniffLength)];
        // UTF-16 text is full of NULs but announces itself with a BOM.
        return !HasUtf16Bom(head) && head.IndexOf((byte)0) >= 0;
    }

    public static (string Text, bool FellBack) Decode(ReadOnlySpan<byte> bytes)
    {
        if (bytes is [0xEF, 0xBB, 0xBF, ..])
        {
            bytes = bytes[3..];
        }
        else if (HasUtf16Bom(bytes))
        {
            var encoding = bytes[0] == 0xFF ? Encoding.Unicode : Encoding.BigEndianUnicode;
            return (encoding.GetString(bytes[2..]), false);
        }

        return Utf8.IsValid(bytes)
            ? (Encoding.UTF8.GetString(bytes), false)
            : (Encoding.Latin1.GetString(bytes), true);
    }

    private static bool HasUtf16Bom(ReadOnlySpan<byte> bytes) =>
        bytes.Length >= 2 && ((bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF));
}
