namespace Rampart.Pipeline.Ci.Azure;

/// <summary>Which key makes a step what it is.</summary>
internal enum AzureStepKind
{
    /// <summary><c>script:</c>, run by cmd on Windows and bash elsewhere.</summary>
    Script,
    Bash,
    PowerShell,
    Pwsh,
    Task,
    Checkout,
    Template,

    /// <summary><c>download:</c>, <c>publish:</c>, <c>getPackage:</c> and the like: no script of their own.</summary>
    Other,
}
