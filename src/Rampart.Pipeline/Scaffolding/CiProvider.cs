namespace Rampart.Pipeline.Scaffolding;

/// <summary>The CI system <c>rampart init</c> writes a pipeline for.</summary>
public enum CiProvider
{
    GitHub,
    GitLab,
    Azure,
}
