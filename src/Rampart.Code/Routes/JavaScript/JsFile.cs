using Rampart.Code.Lexing.JavaScript;
using Rampart.Core.Findings;

namespace Rampart.Code.Routes.JavaScript;

/// <summary>One lexed JavaScript/TypeScript file of the scan: its path, project, tokens and module bindings.</summary>
internal sealed class JsFile(string path, string project, JsModule module)
{
    public string Path { get; } = path;

    /// <summary>Folder of the nearest package.json, relative to the root ("" for the root).</summary>
    public string Project { get; } = project;

    public JsModule Module { get; } = module;

    public JsSyntax Syntax => Module.Syntax;

    public SourceLocation At(int tokenIndex) => new(Path, Syntax[tokenIndex].Line, Syntax[tokenIndex].Column);

    public SourceLocation AtLine(int line) => new(Path, line);

    public override string ToString() => Path;
}
