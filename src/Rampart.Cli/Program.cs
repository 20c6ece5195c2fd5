using Rampart.Cli;

return await Cli.RunAsync(args, Console.OpenStandardInput(), Console.Out, Console.Error, CliEnvironment.FromProcess());
