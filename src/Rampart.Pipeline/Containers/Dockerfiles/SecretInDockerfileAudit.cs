using Rampart.Core.Findings;

namespace Rampart.Pipeline.Containers.Dockerfiles;

/// <summary>
/// RMP-P052: an ENV or ARG with a secret's name and a literal value. The finding carries the value
/// redacted, as secret evidence, so every report masks it in the snippet.
/// </summary>
internal sealed class SecretInDockerfileAudit : IDockerfileAudit
{
    public IEnumerable<Finding> Audit(DockerfileDocument dockerfile)
    {
        foreach (var instruction in dockerfile.AllInstructions.Where(i => i.Keyword is "ENV" or "ARG"))
        {
            foreach (var (name, value, rawValue) in DockerKeyValues.Parse(instruction))
            {
                if (!SecretVariableNames.IsSecretName(name) || !SecretVariableNames.IsLiteral(value))
                {
                    continue;
                }

                var nameAt = dockerfile.Locate(instruction, name);
                var afterName = dockerfile.Text.Lines.LineStart(nameAt.Line) + nameAt.Column - 1 + name.Length;
                var stored = instruction.Keyword == "ENV" ? "in the image config" : "in the image history";
                yield return PipelineFinding.Create(
                    ContainerRules.SecretInDockerfile,
                    // A value that cannot be pinned down masks every line of the instruction instead.
                    dockerfile.TryLocate(instruction, [rawValue!, value!], afterName) ?? dockerfile.WholeLines(instruction),
                    $"{instruction.Keyword} {name} is set to a literal secret, stored {stored} for anyone who can pull it",
                    $"{instruction.Keyword} {name}",
                    new SecretEvidence(RedactedSecret.From(value!), $"literal {instruction.Keyword} {name} in a Dockerfile"));
            }
        }
    }
}
