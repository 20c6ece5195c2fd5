using Rampart.Core.Configuration;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace Rampart.Code.Routes.JavaScript;

/// <summary>
/// The auth names of the JavaScript frameworks (embedded <c>javascript-auth.yaml</c>) merged with the
/// project's own (<c>routes:</c> in .rampart.yml). Names match whole (<c>auth.required</c>) or by their last part.
/// </summary>
internal sealed class JsAuthVocabulary
{
    private static readonly Lazy<JsAuthVocabularyData> BuiltIn = new(Load);

    private JsAuthVocabulary(JsAuthVocabularyData data, RouteVocabulary user)
    {
        Auth = Set(data.Auth.Concat(user.Auth));
        OptionalAuth = Set(data.OptionalAuth.Concat(user.OptionalAuth));
        Public = Set(data.Public.Concat(user.Public));
        RoleArguments = Set(data.RoleArguments);
        GuardCalls = Set(data.GuardCalls.Concat(user.Auth));
        SessionCalls = Set(data.SessionCalls);
        VerifyCalls = Set(data.VerifyCalls);
        RateLimit = Set(data.RateLimit);
    }

    public HashSet<string> Auth { get; }

    public HashSet<string> OptionalAuth { get; }

    public HashSet<string> Public { get; }

    public HashSet<string> RoleArguments { get; }

    public HashSet<string> GuardCalls { get; }

    public HashSet<string> SessionCalls { get; }

    public HashSet<string> VerifyCalls { get; }

    public HashSet<string> RateLimit { get; }

    public static JsAuthVocabulary For(RouteVocabulary user) => new(BuiltIn.Value, user);

    /// <summary>True when the dotted name, or its last one or two parts, is in the set.</summary>
    public static bool Matches(HashSet<string> names, string dotted)
    {
        if (names.Contains(dotted))
        {
            return true;
        }

        var last = dotted.LastIndexOf('.');
        if (last < 0)
        {
            return false;
        }

        if (names.Contains(dotted[(last + 1)..]))
        {
            return true;
        }

        var secondLast = dotted.LastIndexOf('.', last - 1);
        return secondLast >= 0 && names.Contains(dotted[(secondLast + 1)..]);
    }

    private static HashSet<string> Set(IEnumerable<string> names) => new(names.Select(n => n.TrimStart('@')), StringComparer.Ordinal);

    private static JsAuthVocabularyData Load()
    {
        using var stream = typeof(JsAuthVocabulary).Assembly.GetManifestResourceStream("routes/javascript-auth.yaml")
            ?? throw new InvalidOperationException("embedded routes/javascript-auth.yaml is missing");
        using var reader = new StreamReader(stream);
        return new DeserializerBuilder().WithNamingConvention(HyphenatedNamingConvention.Instance).Build().Deserialize<JsAuthVocabularyData>(reader.ReadToEnd());
    }
}
