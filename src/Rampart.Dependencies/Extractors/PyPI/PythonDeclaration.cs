namespace Rampart.Dependencies.Extractors.PyPI;

/// <summary>One dependency a Python manifest declares: the range as written (or an exact pin), dev or not, and its line.</summary>
internal sealed record PythonDeclaration(string Name, string? Version, string? Range, bool IsDev, int Line);
