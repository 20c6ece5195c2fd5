using Rampart.Core.Findings;
using Rampart.Core.Rules;

namespace Rampart.Code.Analysis.JavaScript.Checks;

/// <summary>
/// RMP-C011: jsonwebtoken's <c>jwt.verify(token, key, { ignoreExpiration: true })</c> (or
/// <c>ignoreNotBefore</c>), and the same options given to express-jwt's <c>expressjwt({...})</c>:
/// the signature is checked, but tokens that expired (or are not valid yet) are accepted.
/// Options inside a development guard are not reported.
/// </summary>
internal sealed class JwtValidationDisabledCheck : IJsCodeCheck
{
    private static readonly string[] Switches = ["ignoreExpiration", "ignoreNotBefore"];

    public Rule Rule => CodeRules.JwtValidationDisabled;

    public IEnumerable<Finding> Check(JsCodeFile file, JsCodeWorkspace workspace)
    {
        var s = file.Syntax;
        foreach (var call in file.Calls)
        {
            var optionsIndex = file.Resolve(call) switch
            {
                ("jsonwebtoken", "verify") => 2,
                ("express-jwt", _) => 0,
                (null, _) when call.Parts is ["jwt" or "jsonwebtoken", "verify"] && !file.Module.Declarations.ContainsKey(call.Parts[0]) => 2,
                (null, _) when call.Parts is ["expressjwt" or "expressJwt"] => 0,
                _ => -1,
            };
            if (optionsIndex < 0 || call.Arguments.Count <= optionsIndex || JsObjectLiteral.At(file, call.Arguments[optionsIndex]) is var open && open < 0)
            {
                continue;
            }

            foreach (var option in Switches)
            {
                if (JsObjectLiteral.Is(s, JsObjectLiteral.Property(s, open, option), "true") && !JsDevGuard.IsGuarded(file, call.Start))
                {
                    yield return JsFinding.At(Rule, file, call.Start, $"`{option}: true` in `{call.Callee}`: {(option == "ignoreExpiration" ? "expired tokens" : "tokens that are not valid yet")} are accepted", call.Callee, null, call.Start, call.Close + 1);
                }
            }
        }
    }
}
