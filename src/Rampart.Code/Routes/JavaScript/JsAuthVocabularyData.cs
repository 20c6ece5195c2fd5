namespace Rampart.Code.Routes.JavaScript;

/// <summary>The shape of <c>javascript-auth.yaml</c>.</summary>
internal sealed class JsAuthVocabularyData
{
    public List<string> Auth { get; set; } = [];

    public List<string> OptionalAuth { get; set; } = [];

    public List<string> Public { get; set; } = [];

    public List<string> RoleArguments { get; set; } = [];

    public List<string> GuardCalls { get; set; } = [];

    public List<string> SessionCalls { get; set; } = [];

    public List<string> VerifyCalls { get; set; } = [];

    public List<string> RateLimit { get; set; } = [];
}
