namespace Kurils.Cli;

/// <summary>The exit codes of the <c>kurils</c> command (documented in the README and in every command's help).</summary>
internal static class ExitCodes
{
    /// <summary>Everything worked.</summary>
    public const int Success = 0;

    /// <summary>The input was read but not everything in it was good: unresolved names, invalid YAML.</summary>
    public const int Incomplete = 1;

    /// <summary>At least one input could not be read (missing file, permission, not text, a bad record line); the others were still processed.</summary>
    public const int Unreadable = 2;

    /// <summary>The output could not be written (for example a closed pipe).</summary>
    public const int OutputFailed = 3;

    /// <summary>The command line itself was wrong.</summary>
    public const int Usage = 64;

    /// <summary>The lines every command's help ends with.</summary>
    public const string Summary = """
          0   success
          1   resolve: some name unresolved; validate: errors found
          2   parse: some input could not be read, or a record line was bad; the others were processed.
              resolve, parse: a --catalog file could not be loaded (nothing was done)
          3   the output could not be written (for example a closed pipe)
          64  bad command line
        """;
}
