using Rampart.Core.Findings;

namespace Rampart.Pipeline.Containers.Compose;

/// <summary>One check over a parsed compose file; audits are listed explicitly in <see cref="ContainerAuditDetector"/>.</summary>
internal interface IComposeAudit
{
    IEnumerable<Finding> Audit(ComposeDocument compose);
}
