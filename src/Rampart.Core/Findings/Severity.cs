namespace Rampart.Core.Findings;

/// <summary>How bad a finding is. Ordered so that a larger value is worse.</summary>
public enum Severity
{
    Info = 0,
    Low = 1,
    Medium = 2,
    High = 3,
    Critical = 4,
}
