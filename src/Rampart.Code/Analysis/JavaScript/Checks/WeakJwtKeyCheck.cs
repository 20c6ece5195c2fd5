using Rampart.Code.Lexing.JavaScript;
using Rampart.Core.Findings;
using Rampart.Core.Rules;

namespace Rampart.Code.Analysis.JavaScript.Checks;

/// <summary>
/// RMP-C012: a JWT signing/verification key written in the source: jsonwebtoken
/// <c>sign/verify(token, 'literal')</c>, a name bound to a literal, an environment fallback
/// (<c>process.env.JWT_SECRET || 'dev-secret'</c>), jose <c>new TextEncoder().encode('literal')</c>, and
/// the <c>secret</c>/<c>secretOrKey</c> option of express-jwt, passport-jwt, @nestjs/jwt and
/// @fastify/jwt. The message names the call, never the key.
/// </summary>
internal sealed class WeakJwtKeyCheck : IJsCodeCheck
{
    private static readonly HashSet<string> OptionCallees = new(StringComparer.Ordinal) { "expressjwt", "expressJwt", "jwt", "register", "registerAsync", "Strategy", "JwtStrategy", "sign", "signAsync", "verify", "verifyAsync", "super" };
    private static readonly string[] SecretOptions = ["secret", "secretOrKey", "secretOrPrivateKey", "privateKey"];

    public Rule Rule => CodeRules.WeakJwtSigningKey;

    public IEnumerable<Finding> Check(JsCodeFile file, JsCodeWorkspace workspace)
    {
        var s = file.Syntax;
        foreach (var call in file.Calls)
        {
            (int Start, int End)? key = null;
            var (module, member) = file.Resolve(call);
            if (module == "jsonwebtoken" && member is "sign" or "verify" || module is null && call.Parts.Count == 2 && call.Parts[0] == "jwt" && call.Name is "sign" or "verify")
            {
                key = call.Argument(1);
            }
            else if (module == "jose" && member == "jwtVerify" || call.Name == "sign" && call.Parts[0].StartsWith("SignJWT", StringComparison.Ordinal))
            {
                key = call.Argument(module == "jose" ? 1 : 0);
            }
            else if (OptionCallees.Contains(call.Name) && IsJwtContext(file, call))
            {
                key = call.Arguments.Select(a => JsObjectLiteral.At(file, a)).Where(o => o >= 0)
                    .Select(o => SecretOptions.Select(k => JsObjectLiteral.Property(s, o, k)).FirstOrDefault(p => p is not null))
                    .FirstOrDefault(p => p is not null);
            }

            if (key is { } range && HardCoded(file, range, 0) is { } literal)
            {
                var length = JsStrings.Value(s[literal]).Length;
                var fallback = s.Is(literal - 1, "||") || s.Is(literal - 1, "??");
                var how = (fallback ? "a fallback string literal used when the environment variable is missing" : "a string literal") + (length < 32 ? ", shorter than 32 characters" : "");
                yield return JsFinding.At(Rule, file, call.Start, $"`{call.Callee}` uses a hard-coded JWT key ({how}); read it from the environment or a secret store", call.Callee, null, call.Start, call.Close + 1, maskLiterals: true, secretSpan: new SourceLocation(file.Path, s[literal].Line));
            }
        }
    }

    private static bool IsJwtContext(JsCodeFile file, JsCall call) =>
        file.ImportsAny("express-jwt", "passport-jwt", "@nestjs/jwt", "@fastify/jwt", "fastify-jwt", "koa-jwt", "jsonwebtoken") &&
        (call.Name is not ("sign" or "signAsync" or "verify" or "verifyAsync") || call.Parts.Count > 1 && call.Parts[^2].Contains("jwt", StringComparison.OrdinalIgnoreCase)) &&
        (call.Name is not ("register" or "registerAsync") || call.Parts.Count > 1 && call.Parts[^2] is "JwtModule" or "fastify" or "app" or "server");

    /// <summary>The string literal token a key expression comes down to, or -1 / null when it is read at run time.</summary>
    private static int? HardCoded(JsCodeFile file, (int Start, int End) range, int depth)
    {
        var s = file.Syntax;
        if (depth > 3 || range.End <= range.Start)
        {
            return null;
        }

        if (range.End == range.Start + 1 && s[range.Start].IsStringLiteral)
        {
            return range.Start;
        }

        // process.env.JWT_SECRET || 'fallback' / ?? 'fallback'
        for (var i = range.Start; i < range.End; i++)
        {
            if (s[i].Text is "||" or "??" && s[i].Kind == JsTokenKind.Punctuator && s.Parent(i) == s.Parent(range.Start) && i + 2 == range.End && s[i + 1].IsStringLiteral)
            {
                return i + 1;
            }

            i = s.Partner(i) > i ? s.Partner(i) : i;
        }

        // new TextEncoder().encode('literal') / Buffer.from('literal')
        if (s.Is(range.End - 1, ")") && s.Partner(range.End - 1) is var open && open > range.Start && s.IsIdentifier(open - 1) && s[open - 1].Text is "encode" or "from" && open + 2 == range.End - 1 && s[open + 1].IsStringLiteral)
        {
            return open + 1;
        }

        if (range.End == range.Start + 1 && s.IsIdentifier(range.Start))
        {
            var name = s[range.Start].Text;
            if (file.ScopeAt(range.Start).BindingOf(name, range.Start) is { ValueStart: >= 0 } binding)
            {
                return HardCoded(file, (binding.ValueStart, binding.ValueEnd), depth + 1);
            }

            if (file.Module.Declarations.TryGetValue(name, out var declaration) && declaration.Function is null)
            {
                return HardCoded(file, (declaration.InitStart, declaration.InitEnd), depth + 1);
            }
        }

        return null;
    }
}
