namespace Claimline.Syntax.Parsing;

/// <summary>
/// The moves of the arc-hybrid system (Kuhlmann, Gómez-Rodríguez &amp; Satta 2011) without a root token: a sentence is
/// parsed when the buffer is empty and one word is left on the stack, and that word is the root, so every parse is a
/// single tree.
/// </summary>
public enum Transition : byte
{
    /// <summary>Push the buffer's first word onto the stack.</summary>
    Shift,

    /// <summary>Pop the stack's top word and make the buffer's first word its head.</summary>
    Left,

    /// <summary>Pop the stack's top word and make the word below it its head.</summary>
    Right,
}
