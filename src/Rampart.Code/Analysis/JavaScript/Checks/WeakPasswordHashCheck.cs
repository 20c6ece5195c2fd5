using Rampart.Code.Analysis;
using Rampart.Code.Lexing.JavaScript;
using Rampart.Core.Findings;
using Rampart.Core.Rules;

namespace Rampart.Code.Analysis.JavaScript.Checks;

/// <summary>
/// RMP-C014: a password (by its name: <c>password</c>, <c>newPassword</c>, <c>req.body.pwd</c>) hashed
/// with a fast hash: <c>crypto.createHash('md5'|'sha1'|'sha256'|'sha512').update(password)</c> (also
/// through a hash object bound to a name), the md5 / sha1 packages and CryptoJS. SHA-2 with a salt in
/// the same update is left alone (still fast, but no longer the unsalted case this rule is about).
/// </summary>
internal sealed class WeakPasswordHashCheck : IJsCodeCheck
{
    private static readonly HashSet<string> Broken = new(StringComparer.OrdinalIgnoreCase) { "md5", "sha1", "sha-1", "md4", "ripemd160" };
    private static readonly HashSet<string> FastSha2 = new(StringComparer.OrdinalIgnoreCase) { "sha256", "sha-256", "sha512", "sha-512", "sha384", "sha224" };

    public Rule Rule => CodeRules.WeakPasswordHash;

    public IEnumerable<Finding> Check(JsCodeFile file, JsCodeWorkspace workspace)
    {
        var s = file.Syntax;
        foreach (var call in file.Calls)
        {
            if (call.Arguments.Count == 0)
            {
                continue;
            }

            var algorithm = call.Name == "update" ? AlgorithmOfUpdate(file, call) : LibraryAlgorithm(file, call);
            if (algorithm is null || !Broken.Contains(algorithm) && !FastSha2.Contains(algorithm))
            {
                continue;
            }

            var (password, salted) = Inspect(s, call.Arguments[0]);
            if (password is null || salted && FastSha2.Contains(algorithm))
            {
                continue;
            }

            yield return JsFinding.At(Rule, file, call.Start, $"`{password}` is hashed with {algorithm.ToUpperInvariant()}{(FastSha2.Contains(algorithm) ? " without a salt" : "")}; use bcrypt, scrypt or argon2", call.Callee, null, call.Start, call.Close + 1);
        }
    }

    /// <summary>The algorithm of <c>createHash('md5').update(...)</c> or of <c>hash.update(...)</c> where <c>hash = createHash('md5')</c>.</summary>
    private static string? AlgorithmOfUpdate(JsCodeFile file, JsCall update)
    {
        var s = file.Syntax;
        var before = update.Open - 2;
        if (s.Is(before, ".") && s.Is(before - 1, ")"))
        {
            var open = s.Partner(before - 1);
            return s.Is(open - 1, "createHash") ? s.StringAt(open + 1, before - 1) : null;
        }

        if (update.Parts.Count == 2 && file.ScopeAt(update.Start).BindingOf(update.Parts[0], update.Start) is { ValueStart: >= 0 } binding)
        {
            for (var i = binding.ValueStart; i < binding.ValueEnd; i++)
            {
                if (s.Is(i, "createHash") && s.Is(i + 1, "(") && s.Partner(i + 1) == i + 3)
                {
                    return s.StringAt(i + 2, i + 3);
                }
            }
        }

        return null;
    }

    /// <summary><c>md5(password)</c>, <c>sha1(password)</c> (npm md5 / sha1), <c>CryptoJS.MD5/SHA1/SHA256(password)</c>.</summary>
    private static string? LibraryAlgorithm(JsCodeFile file, JsCall call)
    {
        var (module, member) = file.Resolve(call);
        return (module, member) switch
        {
            ("md5" or "blueimp-md5" or "js-md5", "") => "md5",
            ("sha1" or "js-sha1", "") => "sha1",
            ("crypto-js", "MD5" or "SHA1" or "SHA256" or "SHA512") => member,
            ("crypto-js/md5", "") => "md5",
            ("crypto-js/sha1", "") => "sha1",
            ("crypto-js/sha256", "") => "sha256",
            _ => null,
        };
    }

    private static (string? Password, bool Salted) Inspect(JsSyntax s, (int Start, int End) argument)
    {
        string? password = null;
        var salted = false;
        for (var i = argument.Start; i < argument.End; i++)
        {
            if (!s.IsIdentifier(i))
            {
                continue;
            }

            var words = SensitiveNames.Words(s[i].Text);
            salted |= words.Contains("salt") || words.Contains("pepper");
            if (password is null && SensitiveNames.Classify(s[i].Text) == "password" && !s.Is(i + 1, "("))
            {
                password = s[i].Text;
            }
        }

        return (password, salted);
    }
}
