using Rampart.Code.Analysis;
using Rampart.Code.Lexing.Python;

namespace Rampart.Code.Analysis.Python.Checks;

/// <summary>
/// RMP-C014: a password (by name) hashed with <c>hashlib.md5</c>/<c>sha1</c> (salted or not) or a
/// single unsalted SHA-2/SHA-3/BLAKE2, passed to the constructor or to <c>.update()</c> of such a
/// hash object. <c>pbkdf2_hmac</c>, <c>scrypt</c>, bcrypt, argon2, passlib and Django's hashers are fine.
/// </summary>
internal sealed class WeakPasswordHashCheck : IPythonCheck
{
    private static readonly HashSet<string> Broken = ["md5", "sha1"];
    private static readonly HashSet<string> Fast = ["sha224", "sha256", "sha384", "sha512", "sha3_256", "sha3_512", "blake2b", "blake2s", "new"];
    private static readonly HashSet<string> PasswordWords = ["password", "passwd", "pwd", "passphrase"];

    public void VisitCall(PyCallSite call, PyFlow flow)
    {
        var canonical = PyNames.Canonical(flow.File.Module, call.Callee);
        string? algorithm = null;
        IEnumerable<PyArgRange> data = [];
        if (canonical.StartsWith("hashlib.", StringComparison.Ordinal) && canonical[8..] is var name && (Broken.Contains(name) || Fast.Contains(name)))
        {
            algorithm = name == "new" && call.Arg(0, "name") is { } n ? flow.ConstantString(n.Start, n.End) ?? "new" : name;
            data = name == "new" ? call.Positional.Skip(1) : call.Positional.Take(1);
        }
        else if (call.LastName == "update" && call.Receiver.Length > 0)
        {
            var receiver = call.Receiver.Replace("()", "", StringComparison.Ordinal);
            var constructor = call.Receiver.StartsWith("hashlib.", StringComparison.Ordinal) ? call.Receiver : flow.ConstructedBy(receiver) is { } c ? PyNames.Canonical(flow.File.Module, c) : null;
            if (constructor?.StartsWith("hashlib.", StringComparison.Ordinal) == true)
            {
                algorithm = constructor[8..].Split('(')[0];
                data = call.Positional.Take(1);
            }
        }

        if (algorithm is null)
        {
            return;
        }

        algorithm = algorithm.ToLowerInvariant().Replace("-", "", StringComparison.Ordinal);
        foreach (var argument in data)
        {
            var names = Names(flow.Tokens, argument.Start, argument.End);
            var password = names.FirstOrDefault(IsPassword);
            var salted = names.Any(n => SensitiveNames.Words(n).Any(w => w is "salt" or "pepper"));
            if (password is null || (salted && !Broken.Contains(algorithm)))
            {
                continue;
            }

            flow.File.Report(CodeRules.WeakPasswordHash, call.Line, $"{PyTaint.Quote(password)} is hashed with {algorithm}{(salted ? "" : ", unsalted")}: a fast hash is not a password hash", call.Callee, password, flow.Text(call.CalleeStart, call.Close + 1));
            return;
        }
    }

    private static bool IsPassword(string name)
    {
        var words = SensitiveNames.Words(name);
        return words.Count > 0 && PasswordWords.Contains(words[^1]) && SensitiveNames.IsSensitive(name);
    }

    /// <summary>Names and string keys read in the argument (<c>password.encode()</c> → password; <c>data["password"]</c> → password).</summary>
    private static List<string> Names(PythonTokens tokens, int start, int end)
    {
        var names = new List<string>();
        for (var i = start; i < end; i++)
        {
            var t = tokens[i];
            if (t.Kind == PythonTokenKind.Name && !(i + 1 < end && tokens[i + 1].Is("(")))
            {
                names.Add(t.Text);
            }
            else if (t.Kind == PythonTokenKind.String && i > start && tokens[i - 1].Is("["))
            {
                names.Add(t.Value);
            }
        }

        return names;
    }
}
