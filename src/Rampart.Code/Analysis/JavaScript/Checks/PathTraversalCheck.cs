using Rampart.Core.Findings;
using Rampart.Core.Rules;

namespace Rampart.Code.Analysis.JavaScript.Checks;

/// <summary>
/// RMP-C023: request data in a path that is read, written, deleted or sent: <c>res.sendFile/download</c>
/// (not with a <c>root</c> option, which refuses <c>..</c>), and the fs / fs/promises / fs-extra
/// functions. <c>path.basename</c>, a number conversion, or a <c>startsWith(root)</c> / allow-list check
/// before the use make it safe.
/// </summary>
internal sealed class PathTraversalCheck : IJsCodeCheck
{
    private static readonly HashSet<string> FileFunctions = new(StringComparer.Ordinal)
    {
        "readFile", "readFileSync", "createReadStream", "createWriteStream", "writeFile", "writeFileSync", "appendFile", "appendFileSync", "unlink", "unlinkSync",
        "rm", "rmSync", "rmdir", "rmdirSync", "readdir", "readdirSync", "open", "openSync", "copyFile", "copyFileSync", "rename", "renameSync", "outputFile", "remove", "readJson", "readJSON", "writeJson", "readJsonSync",
    };

    private static readonly string[] FileModules = ["fs", "fs/promises", "fs-extra", "graceful-fs"];

    public Rule Rule => CodeRules.PathTraversal;

    public IEnumerable<Finding> Check(JsCodeFile file, JsCodeWorkspace workspace)
    {
        var s = file.Syntax;
        foreach (var call in file.Calls)
        {
            if (call.Arguments.Count == 0 || !IsSink(file, call))
            {
                continue;
            }

            if (call.Name is "sendFile" or "download" && call.Arguments.Skip(1).Select(a => JsObjectLiteral.At(file, a)).Any(open => open >= 0 && JsObjectLiteral.Property(s, open, "root") is not null))
            {
                continue;
            }

            if (file.Taint(call.Arguments[0], JsSinkKind.Path) is { } taint)
            {
                yield return JsFinding.At(Rule, file, call.Start, $"request data `{taint.Source}` is used as the file path of `{call.Callee}`; resolve it and check it stays inside the intended folder", call.Callee, taint.Source, call.Start, call.Close + 1);
            }
        }
    }

    private static bool IsSink(JsCodeFile file, JsCall call)
    {
        if (call.Name is "sendFile" or "download" or "sendfile" && call.Parts.Count == 2 && call.Parts[0] is "res" or "response")
        {
            return true;
        }

        if (!FileFunctions.Contains(call.Name))
        {
            return false;
        }

        var (module, member) = file.Resolve(call);
        if (module is not null)
        {
            return FileModules.Contains(module) && (member == call.Name || member == "promises." + call.Name);
        }

        return call.Parts.Count >= 2 && call.Parts[0] is "fs" or "fsp" or "fsPromises" or "fse" && call.Parts.Count <= 3;
    }
}
