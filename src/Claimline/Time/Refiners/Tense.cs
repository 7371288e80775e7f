namespace Claimline.Time.Refiners;

/// <summary>The tense a sentence speaks in around an expression, as far as cue words tell.</summary>
internal enum Tense : byte
{
    None,
    Past,
    Present,
    Future,
}
