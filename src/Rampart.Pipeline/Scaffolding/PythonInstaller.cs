namespace Rampart.Pipeline.Scaffolding;

/// <summary>How a Python project installs its dependencies, decided by its lockfile.</summary>
internal enum PythonInstaller
{
    Pip,
    Uv,
    Poetry,
}
