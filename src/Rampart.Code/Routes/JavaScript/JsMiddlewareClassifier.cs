using Rampart.Code.Lexing.JavaScript;
using Rampart.Code.Routes.Model;

namespace Rampart.Code.Routes.JavaScript;

/// <summary>
/// Decides what a middleware expression (an item of <c>app.use(...)</c> or of a route's argument
/// list, a wrapper around a handler) does for auth: by its name in the vocabulary, by its options
/// (<c>credentialsRequired: false</c>), by what its definition does when followed across files,
/// and last by what its name says.
/// </summary>
internal sealed class JsMiddlewareClassifier(JsWorkspace workspace, JsAuthVocabulary vocabulary)
{
    private static readonly string[] AuthNameVerbs = ["require", "requires", "ensure", "verify", "check", "validate", "is", "must", "authenticate", "authorize", "protect", "only"];

    private static readonly string[] AuthNameNouns = ["auth", "authenticated", "authentication", "authorized", "jwt", "login", "logged", "session", "admin", "role", "roles", "permission", "permissions", "token", "user", "signed", "apikey"];

    public JsAuthVocabulary Vocabulary => vocabulary;

    /// <summary>The verdicts of every middleware in [start, end) (arrays and spreads flattened); empty when none is about auth.</summary>
    public List<JsAuthVerdict> Classify(JsFile file, int start, int end, int depth = 0)
    {
        var verdicts = ClassifyItem(file, start, end, depth);
        if (depth == 0 && verdicts.Count > 0 && JsUnless.Read(file.Syntax, start, end) is { } unless)
        {
            return verdicts.Select(v => v.Effect == AuthEffect.Requires ? v with { Unless = unless } : v).ToList();
        }

        return verdicts;
    }

    private List<JsAuthVerdict> ClassifyItem(JsFile file, int start, int end, int depth)
    {
        var s = file.Syntax;
        var verdicts = new List<JsAuthVerdict>();
        if (depth > 4 || end <= start)
        {
            return verdicts;
        }

        if (s.Is(start, "[") && s.Partner(start) == end - 1)
        {
            foreach (var (itemStart, itemEnd) in s.Items(start))
            {
                verdicts.AddRange(Classify(file, itemStart, itemEnd, depth + 1));
            }

            return verdicts;
        }

        if (s.Is(start, "...") && s.IsIdentifier(start + 1) && workspace.ResolveName(file, s[start + 1].Text) is { } spread)
        {
            return Classify(spread.File, spread.Start, spread.End, depth + 1);
        }

        var (name, calleeEnd) = CalleeName(s, start, end);
        if (name is null)
        {
            return verdicts;
        }

        var isCall = calleeEnd < end && s.Is(calleeEnd, "(");
        var location = file.At(start);
        if (JsAuthVocabulary.Matches(vocabulary.OptionalAuth, name) || isCall && IsOptionalCall(s, name, calleeEnd))
        {
            verdicts.Add(new JsAuthVerdict(AuthEffect.Ignored, $"`{Shown(name, isCall)}` does not reject anonymous requests", location));
            return verdicts;
        }

        if (JsAuthVocabulary.Matches(vocabulary.RateLimit, name))
        {
            verdicts.Add(new JsAuthVerdict(AuthEffect.Note, $"`{Shown(name, isCall)}` limits the request rate", location) { RateLimit = true });
            return verdicts;
        }

        if (JsAuthVocabulary.Matches(vocabulary.Auth, name))
        {
            verdicts.Add(new JsAuthVerdict(AuthEffect.Requires, $"`{Shown(name, isCall)}` middleware", location) { Requirement = isCall ? Requirement(s, name, calleeEnd) : AuthRequirement.AnyUser });
            return verdicts;
        }

        if (Resolve(file, s, start, calleeEnd) is { } value)
        {
            if (value.Function is { } function)
            {
                if (JsBodyCheck.Find(value.File.Syntax, function.BodyStart, function.BodyEnd, vocabulary) is { } check)
                {
                    verdicts.Add(new JsAuthVerdict(AuthEffect.Requires, $"`{name}` ({value.File.Path}:{value.File.Syntax[function.BodyStart].Line}) rejects anonymous requests: {check.Description}", location));
                }
                else if (JsBodyCheck.ReadsCredentials(value.File.Syntax, function.BodyStart, function.BodyEnd))
                {
                    verdicts.Add(new JsAuthVerdict(AuthEffect.Ignored, $"`{name}` ({value.File.Path}:{value.File.Syntax[function.BodyStart].Line}) reads the token or session but does not reject anonymous requests", location));
                }

                return verdicts;
            }

            if (!isCall && value.End > value.Start)
            {
                // `const authn = passport.authenticate('jwt')`: classify what the name stands for.
                return Classify(value.File, value.Start, value.End, depth + 1).Select(v => v with { Location = location, Description = $"{v.Description} (as `{name}`)" }).ToList();
            }
        }

        if (ReadsAsAuth(name))
        {
            verdicts.Add(new JsAuthVerdict(AuthEffect.Requires, $"`{Shown(name, isCall)}` middleware (its name reads as authentication; its definition is not in the scan)", location));
        }

        return verdicts;
    }

    private JsValue? Resolve(JsFile file, JsSyntax s, int start, int calleeEnd)
    {
        if (calleeEnd == start + 1 && s.IsIdentifier(start))
        {
            return workspace.ResolveName(file, s[start].Text);
        }

        return calleeEnd == start + 3 && s.Is(start + 1, ".") ? workspace.ResolveMember(file, s[start].Text, s[start + 2].Text) : null;
    }

    private static (string? Name, int End) CalleeName(JsSyntax s, int start, int end)
    {
        var i = start;
        if (s.Is(i, "new") || s.Is(i, "await"))
        {
            i++;
        }

        var nameStart = i;
        while (i + 2 < end && s.IsIdentifier(i) && (s.Is(i + 1, ".") || s.Is(i + 1, "?.")) && s.IsIdentifier(i + 2))
        {
            i += 2;
        }

        return s.IsIdentifier(i) && i < end ? (s.DottedNameAt(nameStart, i + 1), i + 1) : (null, start);
    }

    private static string Shown(string name, bool isCall) => isCall ? name + "()" : name;

    /// <summary><c>expressjwt({ credentialsRequired: false })</c>, <c>passport.authenticate(['jwt', 'anonymous'])</c>.</summary>
    private static bool IsOptionalCall(JsSyntax s, string name, int open)
    {
        var close = s.Partner(open);
        for (var i = open + 1; i < close; i++)
        {
            if (s.Is(i, "credentialsRequired") && s.Is(i + 1, ":") && s.Is(i + 2, "false"))
            {
                return true;
            }

            if (name.EndsWith("authenticate", StringComparison.Ordinal) && s[i].IsStringLiteral && JsStrings.Value(s[i]) == "anonymous")
            {
                return true;
            }
        }

        return false;
    }

    private AuthRequirement Requirement(JsSyntax s, string name, int open)
    {
        var strings = s.Items(open).Select(item => s.StringAt(item.Start, item.End)).OfType<string>().ToList();
        if (s.Is(open + 1, "[") && s.Partner(open + 1) > open)
        {
            strings.AddRange(s.Items(open + 1).Select(item => s.StringAt(item.Start, item.End)).OfType<string>());
        }

        if (strings.Count == 0)
        {
            return AuthRequirement.AnyUser;
        }

        if (JsAuthVocabulary.Matches(vocabulary.RoleArguments, name))
        {
            return new AuthRequirement { Roles = strings };
        }

        return name.EndsWith("authenticate", StringComparison.Ordinal) || name == "AuthGuard" ? new AuthRequirement { Schemes = strings } : AuthRequirement.AnyUser;
    }

    /// <summary><c>requireTeamMember</c>, <c>isLoggedInUser</c>, <c>jwtAuth</c>: a verb and a noun of auth, not a router.</summary>
    internal static bool ReadsAsAuth(string name)
    {
        var last = name[(name.LastIndexOf('.') + 1)..];
        var words = RouteSensitivityClassifier.Words(last).ToList();
        if (words.Count == 0 || words[^1] is "router" or "routes" or "controller" or "service" or "module" or "config" or "options" or "client")
        {
            return false;
        }

        return words.Any(w => w is "auth" or "authenticated" or "jwt") || words.Any(AuthNameVerbs.Contains) && words.Any(AuthNameNouns.Contains);
    }
}
