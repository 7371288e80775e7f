namespace Claimline.Cli;

/// <summary>Exit codes that scripts can rely on.</summary>
public enum ExitCode
{
    /// <summary>Everything was read and processed.</summary>
    Success = 0,

    /// <summary>An unexpected failure; nothing can be assumed about the output.</summary>
    Failure = 1,

    /// <summary>The command line was wrong (unknown option, missing argument).</summary>
    Usage = 2,

    /// <summary>Some inputs or records could not be read or processed; they are listed on stderr, the rest is in the output.</summary>
    PartialInput = 3,

    /// <summary>No input could be read at all.</summary>
    NoInput = 4,
}
