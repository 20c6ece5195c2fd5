namespace Rampart.Core.Findings;

/// <summary>How sure a detector is that the finding is real.</summary>
public enum Confidence
{
    Low = 0,
    Medium = 1,
    High = 2,
}
