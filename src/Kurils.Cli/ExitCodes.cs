namespace Kurils.Cli;

/// <summary>The exit codes of the <c>kurils</c> command (documented in the README).</summary>
internal static class ExitCodes
{
    /// <summary>Everything worked.</summary>
    public const int Success = 0;

    /// <summary>The input was read but not everything in it was good: unresolved names, invalid YAML.</summary>
    public const int Incomplete = 1;

    /// <summary>At least one input could not be read (missing file, permission, not text); the others were still processed.</summary>
    public const int Unreadable = 2;

    /// <summary>The output could not be written (for example a closed pipe).</summary>
    public const int OutputFailed = 3;

    /// <summary>The command line itself was wrong.</summary>
    public const int Usage = 64;
}
