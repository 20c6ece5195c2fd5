namespace Rampart.Core.Findings;

/// <summary>The four detector families; the letter in a rule id names the family.</summary>
public enum DetectorFamily
{
    Secrets,
    Dependencies,
    Code,
    Pipeline,
}
