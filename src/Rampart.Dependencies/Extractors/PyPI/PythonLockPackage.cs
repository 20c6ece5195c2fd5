namespace Rampart.Dependencies.Extractors.PyPI;

/// <summary>One entry of a Python lockfile before direct/dev/IntroducedBy are decided.</summary>
internal sealed record PythonLockPackage(string Name, string Version, bool? IsDev, int Line, IReadOnlyList<string> Dependencies);
