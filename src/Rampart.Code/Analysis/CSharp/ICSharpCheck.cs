using Rampart.Core.Findings;
using Rampart.Core.Rules;

namespace Rampart.Code.Analysis.CSharp;

/// <summary>One code rule for C#: looks at one parsed file and reports its findings.</summary>
internal interface ICSharpCheck
{
    Rule Rule { get; }

    IEnumerable<Finding> Check(CSharpFile file);
}
