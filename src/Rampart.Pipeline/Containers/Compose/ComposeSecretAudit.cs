using Rampart.Core.Findings;

namespace Rampart.Pipeline.Containers.Compose;

/// <summary>
/// RMP-P058: a literal value for a secret-named variable in a service's <c>environment:</c>.
/// <c>${VAR}</c> references and <c>*_FILE</c> pointers are the fix, so they are not reported; the
/// value is carried redacted, as secret evidence, so reports mask it.
/// </summary>
internal sealed class ComposeSecretAudit : IComposeAudit
{
    public IEnumerable<Finding> Audit(ComposeDocument compose) =>
        from service in compose.Services
        from variable in service.Environment
        where SecretVariableNames.IsSecretName(variable.Name) && SecretVariableNames.IsLiteral(variable.Value)
        select PipelineFinding.Create(
            ContainerRules.SecretInComposeEnvironment,
            variable.Location,
            $"Service '{service.Name}' sets {variable.Name} to a literal secret in the compose file: use ${{{variable.Name}}} from an uncommitted .env, or a *_FILE secret",
            $"service {service.Name} environment {variable.Name}",
            new SecretEvidence(RedactedSecret.From(variable.Value!), $"literal {variable.Name} in a compose file"));
}
