using Rampart.Core.Findings;
using Rampart.Core.Rules;

namespace Rampart.Code.Analysis.JavaScript;

/// <summary>One code rule for JavaScript/TypeScript: reads a lexed file (and, for a few rules, a package.json) and reports its findings.</summary>
internal interface IJsCodeCheck
{
    Rule Rule { get; }

    IEnumerable<Finding> Check(JsCodeFile file, JsCodeWorkspace workspace);

    /// <summary>Findings in a project's package.json (its scripts); most rules have none.</summary>
    IEnumerable<Finding> CheckManifest(JsManifest manifest) => [];
}
