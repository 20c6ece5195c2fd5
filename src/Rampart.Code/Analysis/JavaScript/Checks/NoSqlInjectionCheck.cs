using Rampart.Code.Lexing.JavaScript;
using Rampart.Core.Findings;
using Rampart.Core.Rules;

namespace Rampart.Code.Analysis.JavaScript.Checks;

/// <summary>
/// RMP-C021: a value that can still be an object shaped by the caller (a JSON body field, a
/// qs-parsed query field, the whole <c>req.body</c>) used as a MongoDB/Mongoose filter or filter
/// value, and any request data inside <c>$where</c>. A value turned into a string
/// (<c>String(x)</c>, a template, <c>typeof x === 'string'</c> checked, a schema parse) is safe;
/// route params and headers are always strings. Filters with a <c>where</c> key are SQL ORMs.
/// </summary>
internal sealed class NoSqlInjectionCheck : IJsCodeCheck
{
    private static readonly HashSet<string> FilterMethods = new(StringComparer.Ordinal)
    {
        "find", "findOne", "findOneAndUpdate", "findOneAndDelete", "findOneAndReplace", "findOneAndRemove", "updateOne", "updateMany", "deleteOne", "deleteMany", "remove", "countDocuments", "count", "exists", "replaceOne", "where",
    };

    private static readonly HashSet<string> CodeOperators = new(StringComparer.Ordinal) { "$where", "$function", "$accumulator", "$expr" };

    public Rule Rule => CodeRules.NoSqlInjection;

    public IEnumerable<Finding> Check(JsCodeFile file, JsCodeWorkspace workspace)
    {
        foreach (var call in file.Calls)
        {
            if (!FilterMethods.Contains(call.Name) || call.Parts.Count < 2 || call.Arguments.Count == 0)
            {
                continue;
            }

            if (Injected(file, call.Arguments[0], 0) is { } taint)
            {
                yield return JsFinding.At(Rule, file, call.Start, $"request data `{taint.Source}` is used in the query filter of `{call.Callee}` without a type check; an object such as {{\"$ne\": null}} matches every document", call.Callee, taint.Source, call.Start, call.Close + 1);
            }
        }
    }

    private static JsTaint? Injected(JsCodeFile file, (int Start, int End) filter, int depth)
    {
        var s = file.Syntax;
        if (depth > 4)
        {
            return null;
        }

        if (s.Is(filter.Start, "{") && s.Partner(filter.Start) == filter.End - 1)
        {
            if (JsObjectLiteral.Property(s, filter.Start, "where") is not null && depth == 0)
            {
                return null;
            }

            foreach (var (key, _, valueStart, valueEnd) in JsObjectLiteral.Properties(s, filter.Start))
            {
                if (CodeOperators.Contains(key))
                {
                    if (file.Taint((valueStart, valueEnd), JsSinkKind.NoSql) is { } code)
                    {
                        return code;
                    }

                    continue;
                }

                if (key.StartsWith('$') && key is not ("$or" or "$and" or "$nor" or "$elemMatch" or "$not"))
                {
                    // { $eq: value }, { $in: [...] }: the operator is fixed, the value is compared as data.
                    continue;
                }

                if (Injected(file, (valueStart, valueEnd), depth + 1) is { } nested)
                {
                    return nested;
                }
            }

            foreach (var (start, end) in s.Items(filter.Start))
            {
                if (s.Is(start, "...") && file.Taint((start + 1, end), JsSinkKind.NoSql) is { MayBeObject: true } spread)
                {
                    return spread;
                }
            }

            return null;
        }

        if (s.Is(filter.Start, "[") && s.Partner(filter.Start) == filter.End - 1)
        {
            foreach (var item in s.Items(filter.Start))
            {
                if (Injected(file, item, depth + 1) is { } nested)
                {
                    return nested;
                }
            }

            return null;
        }

        return file.Taint(filter, JsSinkKind.NoSql) is { MayBeObject: true } taint ? taint : null;
    }
}
