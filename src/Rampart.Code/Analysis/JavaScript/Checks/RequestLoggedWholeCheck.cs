using Rampart.Core.Findings;
using Rampart.Core.Rules;

namespace Rampart.Code.Analysis.JavaScript.Checks;

/// <summary>
/// RMP-C031: the whole request body, header or cookie collection, or the request object itself,
/// passed to a logger: <c>console.log(req.body)</c>, <c>logger.info({ headers: req.headers })</c>,
/// <c>JSON.stringify(await request.json())</c> held in a variable, NestJS <c>@Body() dto</c>.
/// One field (<c>req.body.email</c>) is not the whole body.
/// </summary>
internal sealed class RequestLoggedWholeCheck : IJsCodeCheck
{
    public Rule Rule => CodeRules.RequestLoggedWhole;

    public IEnumerable<Finding> Check(JsCodeFile file, JsCodeWorkspace workspace)
    {
        var s = file.Syntax;
        foreach (var call in file.Calls)
        {
            if (!JsLoggers.IsLoggerCall(file, call))
            {
                continue;
            }

            var whole = call.Arguments
                .SelectMany(a => JsLoggers.Chains(s, a.Start, a.End))
                .Select(c => (Chain: c, Taint: file.Taint((c.Start, c.End))))
                .FirstOrDefault(x => x.Taint is { Whole: true } or { IsRequest: true });
            if (whole.Taint is not { } taint)
            {
                continue;
            }

            var what = taint.IsRequest ? $"the whole request object `{taint.Source}` (headers and cookies included)" : $"the whole `{taint.Source}`";
            yield return JsFinding.At(Rule, file, call.Start, $"{what} is written to the log by `{call.Callee}`; log the fields you need", call.Callee, taint.Source, call.Start, call.Close + 1);
        }
    }
}
