using System.Diagnostics;
using System.Text;

namespace Kurils.Domain.Tests.Packaging;

/// <summary>What a finished child process said.</summary>
internal sealed record ProcessResult(string Command, int ExitCode, string StandardOutput, string StandardError)
{
    /// <summary>Everything needed to understand a failure, for assertion messages.</summary>
    public string Describe() =>
        $"`{Command}` exited with {ExitCode}.{Environment.NewLine}--- stdout ---{Environment.NewLine}{StandardOutput}{Environment.NewLine}--- stderr ---{Environment.NewLine}{StandardError}";
}

/// <summary>Runs the dotnet CLI and the installed tool for the end-to-end packaging tests.</summary>
internal static class ProcessRunner
{
    /// <summary>
    /// Generous, a guard against a hung child only: a cold restore from the package source and a Release build on a busy
    /// two-core machine, and the tool's pack, which compiles the NativeAOT package and then the ReadyToRun one in a
    /// process of its own (it took over 10 minutes under the load of eight builds at once).
    /// </summary>
    public static readonly TimeSpan Timeout = TimeSpan.FromMinutes(25);

    /// <summary>The dotnet host that runs this test process, so children use the same SDK installation.</summary>
    public static string Dotnet =>
        Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host) ? host : "dotnet";

    public static async Task<ProcessResult> RunAsync(
        string fileName,
        IEnumerable<string> arguments,
        string workingDirectory,
        IReadOnlyDictionary<string, string>? environment = null)
    {
        var start = new ProcessStartInfo(fileName)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        // The test host may run under `dotnet test`, whose MSBuild settings must not leak into the
        // independent builds started here.
        foreach (var name in start.Environment.Keys.ToList())
        {
            if (name.StartsWith("MSBUILD", StringComparison.OrdinalIgnoreCase) || name.StartsWith("MSBuild", StringComparison.Ordinal))
            {
                start.Environment.Remove(name);
            }
        }

        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        start.Environment["DOTNET_SKIP_FIRST_TIME_EXPERIENCE"] = "1";
        start.Environment["DOTNET_CLI_UI_LANGUAGE"] = "en";
        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }

        var command = fileName + " " + string.Join(' ', arguments);
        using var process = new Process { StartInfo = start };
        process.Start();
        process.StandardInput.Close();
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(Timeout);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync(CancellationToken.None);
            return new ProcessResult(command, -1, await stdout, await stderr + $"{Environment.NewLine}(killed after {Timeout.TotalMinutes} minutes)");
        }

        return new ProcessResult(command, process.ExitCode, await stdout, await stderr);
    }
}
