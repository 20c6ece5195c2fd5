namespace Rampart.Code.Lexing.Python.Syntax;

/// <summary>Groups tokens into logical lines and their indented blocks (INDENT ... DEDENT).</summary>
public static class PyStatementParser
{
    public static List<PyStatement> Parse(PythonTokens tokens)
    {
        var i = 0;
        return ParseBlock(tokens, ref i);
    }

    private static List<PyStatement> ParseBlock(PythonTokens tokens, ref int i)
    {
        var statements = new List<PyStatement>();
        while (i < tokens.Count && tokens[i].Kind is not (PythonTokenKind.Dedent or PythonTokenKind.EndOfFile))
        {
            if (tokens[i].Kind is PythonTokenKind.Newline or PythonTokenKind.Indent)
            {
                // A stray INDENT (indented first line, continuation oddities): parse its block as if flat.
                if (tokens[i].Kind == PythonTokenKind.Indent)
                {
                    i++;
                    statements.AddRange(ParseBlock(tokens, ref i));
                    if (i < tokens.Count && tokens[i].Kind == PythonTokenKind.Dedent)
                    {
                        i++;
                    }

                    continue;
                }

                i++;
                continue;
            }

            var start = i;
            while (tokens[i].Kind is not (PythonTokenKind.Newline or PythonTokenKind.EndOfFile))
            {
                i++;
            }

            var statement = new PyStatement(start, i, tokens[start].Line);
            if (tokens[i].Kind == PythonTokenKind.Newline)
            {
                i++;
            }

            if (i < tokens.Count && tokens[i].Kind == PythonTokenKind.Indent && tokens[statement.End - 1].Is(":"))
            {
                i++;
                statement.Body.AddRange(ParseBlock(tokens, ref i));
                if (i < tokens.Count && tokens[i].Kind == PythonTokenKind.Dedent)
                {
                    i++;
                }
            }

            statement.BlockEnd = i;
            statements.Add(statement);
        }

        return statements;
    }
}
