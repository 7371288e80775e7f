using Spectre.Console;

namespace Claimline.Cli.Commands;

/// <summary>
/// Spectre consoles for tables: plain text (no colour, no ANSI) and no wrapping when the stream is redirected, so
/// scripts, files and tests get the same lines whatever the width of the terminal (or the length of a path).
/// </summary>
internal static class CliConsole
{
    /// <summary>
    /// The width a redirected console pretends to have: wide enough that no table cell or line is ever wrapped (cells
    /// shorten long values themselves), and small enough that Spectre's width arithmetic cannot overflow.
    /// </summary>
    internal const int UnlimitedWidth = 1 << 20;

    public static IAnsiConsole Out { get; } = Create(Console.Out, Console.IsOutputRedirected);

    public static IAnsiConsole Error { get; } = Create(Console.Error, Console.IsErrorRedirected);

    /// <summary>A section heading: a rule across a terminal; one short line of text when redirected (a rule would be as wide as the pretended width).</summary>
    public static void Heading(IAnsiConsole console, string title)
    {
        if (console.Profile.Width >= UnlimitedWidth)
        {
            console.WriteLine($"── {title} ──");
            return;
        }

        console.Write(new Rule(Markup.Escape(title)) { Justification = Justify.Left });
    }

    private static IAnsiConsole Create(TextWriter writer, bool redirected)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(writer),
            Ansi = redirected ? AnsiSupport.No : AnsiSupport.Detect,
            ColorSystem = redirected ? ColorSystemSupport.NoColors : ColorSystemSupport.Detect,
        });
        if (redirected)
        {
            console.Profile.Width = UnlimitedWidth;
        }

        return console;
    }
}
