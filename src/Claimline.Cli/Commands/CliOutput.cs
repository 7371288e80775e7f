using System.Text;

namespace Claimline.Cli.Commands;

/// <summary>
/// Standard output for commands that print documents: the process's own stream behind a 64 KB buffer, written as
/// UTF-8 bytes. <see cref="Console.Out"/> is a text writer that flushes on every write and re-encodes characters, so
/// JSON went bytes → characters → bytes in small pieces; a day of news as JSON Lines is gigabytes of it.
/// Dispose it (or flush it) before the process exits.
/// </summary>
internal static class CliOutput
{
    public const int BufferBytes = 1 << 16;

    /// <summary>UTF-8 without a byte-order mark, as every JSON reader expects.</summary>
    public static readonly Encoding Utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);

    /// <summary>The platform's line ending, as <see cref="Console.Out"/> wrote it.</summary>
    public static ReadOnlySpan<byte> NewLine => Environment.NewLine == "\n" ? "\n"u8 : "\r\n"u8;

    public static Stream OpenStandardOutput()
    {
        Console.Out.Flush();
        return new BufferedStream(Console.OpenStandardOutput(), BufferBytes);
    }
}
