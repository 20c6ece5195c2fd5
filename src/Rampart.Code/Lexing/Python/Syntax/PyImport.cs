namespace Rampart.Code.Lexing.Python.Syntax;

/// <summary>
/// A name bound by an import: <c>from .routers import users</c> binds <c>users</c> to
/// (Module "routers", Level 1, Name "users"); <c>import a.b as c</c> binds <c>c</c> to (Module "a.b", Name null).
/// </summary>
public sealed record PyImport(string LocalName, string Module, int Level, string? Name, int Line);
