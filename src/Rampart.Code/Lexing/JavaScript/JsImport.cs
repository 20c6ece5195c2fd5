namespace Rampart.Code.Lexing.JavaScript;

/// <summary>A name bound by an import or require: which module, which of its exports (<c>default</c>, a name, or <c>*</c>), and where.</summary>
public sealed record JsImport(string Specifier, string ExportName, int Line);
