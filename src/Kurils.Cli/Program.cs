using Kurils.Cli;

using var stdin = Console.OpenStandardInput();
return CommandLine.Run(args, stdin, Console.Out, Console.Error);
