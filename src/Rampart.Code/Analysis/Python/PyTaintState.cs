using Rampart.Code.Lexing.Python;

namespace Rampart.Code.Analysis.Python;

/// <summary>
/// What one function knows at a point of its body: which names (and <c>self.x</c> attributes) hold
/// request data, which were built by which constructor (<c>client = httpx.Client()</c>), and the
/// last expression assigned to each name (for constant lookups).
/// </summary>
internal sealed class PyTaintState
{
    private readonly Dictionary<string, PyTaint?> _tainted = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _constructedBy = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (PythonTokens Tokens, int Start, int End)> _values = new(StringComparer.Ordinal);

    /// <summary>The taint of a name or attribute chain: the longest tainted prefix wins (<c>body.user.name</c> → <c>body</c>).</summary>
    public PyTaint? Get(string dotted)
    {
        for (var name = dotted; ; name = name[..name.LastIndexOf('.')])
        {
            if (_tainted.TryGetValue(name, out var taint))
            {
                return taint;
            }

            if (!name.Contains('.', StringComparison.Ordinal))
            {
                return null;
            }
        }
    }

    public void Assign(string name, PyTaint? taint, PythonTokens tokens, int start, int end, string? constructor)
    {
        Set(name, taint);
        _values[name] = (tokens, start, end);
        if (constructor is null)
        {
            _constructedBy.Remove(name);
        }
        else
        {
            _constructedBy[name] = constructor;
        }
    }

    /// <summary>Sets a name's taint; null records it as clean, which also hides a tainted prefix (<c>body.url</c> validated while <c>body</c> is not).</summary>
    public void Set(string name, PyTaint? taint) => _tainted[name] = taint;

    /// <summary>Adds request data to a name (<c>query["user"] = x</c>, <c>parts.append(x)</c>, <c>s += x</c>).</summary>
    public void Merge(string name, PyTaint? taint)
    {
        if (taint is not null)
        {
            _tainted[name] = PyTaint.Union(Get(name), taint);
        }
    }

    public string? ConstructedBy(string name) => _constructedBy.GetValueOrDefault(name);

    public (PythonTokens Tokens, int Start, int End)? Value(string name) => _values.TryGetValue(name, out var v) ? v : null;

    public PyTaintState Clone()
    {
        var copy = new PyTaintState();
        foreach (var (k, v) in _tainted)
        {
            copy._tainted[k] = v;
        }

        foreach (var (k, v) in _constructedBy)
        {
            copy._constructedBy[k] = v;
        }

        foreach (var (k, v) in _values)
        {
            copy._values[k] = v;
        }

        return copy;
    }

    /// <summary>After a branch: a name tainted on either path stays tainted.</summary>
    public void MergeFrom(PyTaintState other)
    {
        foreach (var (k, v) in other._tainted)
        {
            Merge(k, v);
        }

        foreach (var (k, v) in other._constructedBy)
        {
            _constructedBy.TryAdd(k, v);
        }

        foreach (var (k, v) in other._values)
        {
            _values.TryAdd(k, v);
        }
    }
}
