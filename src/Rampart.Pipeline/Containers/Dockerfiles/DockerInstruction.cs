namespace Rampart.Pipeline.Containers.Dockerfiles;

/// <summary>
/// One Dockerfile instruction as Docker reads it: continuation lines joined (escape character
/// removed, comment lines inside dropped) and heredoc bodies appended after a line break.
/// </summary>
/// <param name="Keyword">Upper-case, e.g. <c>RUN</c>.</param>
/// <param name="Arguments">Everything after the keyword.</param>
/// <param name="Line">1-based line of the keyword.</param>
/// <param name="Start">Offset of the keyword in the file text.</param>
/// <param name="End">Offset just past the last physical line of the instruction (heredoc included).</param>
internal sealed record DockerInstruction(string Keyword, string Arguments, int Line, int Start, int End);
