namespace Rampart.Core.Findings;

/// <summary>What kind of problem a rule finds; reported as a SARIF tag and used for filtering.</summary>
public enum FindingCategory
{
    Secret,
    Dependency,
    Route,
    Injection,
    SensitiveLog,
    Auth,
    Config,
    Pipeline,
}
