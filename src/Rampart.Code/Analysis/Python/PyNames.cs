using Rampart.Code.Lexing.Python.Syntax;

namespace Rampart.Code.Analysis.Python;

/// <summary>Resolves a called name through the file's imports: <c>sp.run</c> after <c>import subprocess as sp</c> → <c>subprocess.run</c>.</summary>
internal static class PyNames
{
    public static string Canonical(PyModule module, string callee)
    {
        var dot = callee.IndexOf('.');
        var head = dot < 0 ? callee : callee[..dot];
        var rest = dot < 0 ? "" : callee[dot..];
        if (module.Import(head) is not { } import)
        {
            return callee;
        }

        var resolved = import.Name is null ? import.Module : (import.Module.Length == 0 ? import.Name : $"{import.Module}.{import.Name}");
        return resolved + rest;
    }

    /// <summary>True when the canonical callee is one of <paramref name="names"/> (<c>subprocess.run</c>), also reached through a sub-module path (<c>jwt.api_jwt.decode</c> for <c>jwt.decode</c> is not matched).</summary>
    public static bool IsAny(string canonical, params string[] names) => names.Contains(canonical, StringComparer.Ordinal);
}
