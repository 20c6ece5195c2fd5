using System.Text;
using System.Text.Json;

namespace Rampart.Secrets.Checks;

/// <summary>Reads a JWT's payload (without verifying it) to tell privileged tokens from public ones.</summary>
internal static class JwtClassifier
{
    private static readonly string[] PrivilegedRoles = ["service_role", "admin", "superuser", "root", "owner", "supabase_admin"];
    private static readonly string[] PublicRoles = ["anon", "anonymous", "public"];

    public enum Kind
    {
        /// <summary>Not a decodable JWT, a public (anon) key, or expired: not reported.</summary>
        Ignore,
        Plain,
        Privileged,
    }

    public static Kind Classify(string token, DateTimeOffset now)
    {
        var parts = token.Split('.');
        if (parts.Length != 3 || parts[2].Length < 16 || Decode(parts[1]) is not { } payload)
        {
            return Kind.Ignore;
        }

        try
        {
            using var json = JsonDocument.Parse(payload);
            var root = json.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return Kind.Ignore;
            }

            if (root.TryGetProperty("exp", out var exp) && exp.TryGetInt64(out var seconds) && DateTimeOffset.FromUnixTimeSeconds(Math.Clamp(seconds, 0, 253402300799)) < now)
            {
                return Kind.Ignore;
            }

            var role = root.TryGetProperty("role", out var r) && r.ValueKind == JsonValueKind.String ? r.GetString() : null;
            if (role is not null && PublicRoles.Contains(role, StringComparer.OrdinalIgnoreCase))
            {
                return Kind.Ignore;
            }

            return role is not null && PrivilegedRoles.Contains(role, StringComparer.OrdinalIgnoreCase) ? Kind.Privileged : Kind.Plain;
        }
        catch (JsonException)
        {
            return Kind.Ignore;
        }
    }

    private static string? Decode(string part)
    {
        var base64 = part.Replace('-', '+').Replace('_', '/');
        base64 = base64.PadRight(base64.Length + ((4 - (base64.Length % 4)) % 4), '=');
        try
        {
            return Encoding.UTF8.GetString(Convert.FromBase64String(base64));
        }
        catch (FormatException)
        {
            return null;
        }
    }
}
