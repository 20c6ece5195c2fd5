namespace Rampart.Pipeline.Scaffolding;

/// <summary>The Python project nearest the root.</summary>
/// <param name="Directory">The folder of its manifest, '' for the root.</param>
/// <param name="RequirementsFiles">pip requirements files in that folder, e.g. requirements.txt.</param>
internal sealed record PythonStack(string Directory, PythonInstaller Installer, IReadOnlyList<string> RequirementsFiles)
{
    public bool HasPyproject { get; init; }

    /// <summary>True when every requirements file pins with <c>--hash</c>, so pip can enforce them.</summary>
    public bool RequirementsHaveHashes { get; init; }

    /// <summary>True when some manifest already names pytest, so CI need not install it.</summary>
    public bool DeclaresPytest { get; init; }

    public bool HasTests { get; init; }

    /// <summary>.python-version, when the project names its Python version.</summary>
    public string? VersionFile { get; init; }
}
