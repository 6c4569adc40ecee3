using BenchmarkDotNet.Running;

// Pick benchmarks on the command line, for example:
//   dotnet run -c Release --project benchmarks/Kurils.Domain.Benchmarks -- --filter '*Catalog*'
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
