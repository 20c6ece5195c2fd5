using Rampart.Cli;

return await Cli.RunAsync(args, Console.Out, Console.Error, CliEnvironment.FromProcess());
