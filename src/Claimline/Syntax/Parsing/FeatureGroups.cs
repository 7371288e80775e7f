namespace Claimline.Syntax.Parsing;

/// <summary>
/// The feature groups of the transition classifier, after Zhang &amp; Nivre (2011) with the arc-hybrid stack's second
/// word added and Brown clusters (Koo et al. 2008); each can be switched off to measure what it adds.
/// </summary>
[Flags]
public enum FeatureGroups
{
    None = 0,

    /// <summary>Words, tags and word–tag pairs of S0, S1, N0, N1, N2.</summary>
    Words = 1,

    /// <summary>Pairs of S0 and N0, S1 and S0, N0 and N1.</summary>
    Pairs = 2,

    /// <summary>Tag trigrams over the stack and buffer.</summary>
    Trigrams = 4,

    /// <summary>The distance between S0 and N0 (and S1 and S0) with their words and tags.</summary>
    Distance = 8,

    /// <summary>How many dependents S0 and N0 have on each side.</summary>
    Valency = 16,

    /// <summary>The outermost dependents of S0, S1 and N0: word, tag, relation.</summary>
    Children = 32,

    /// <summary>Second-outermost dependents and tag triples along them.</summary>
    ThirdOrder = 64,

    /// <summary>The set of relations already attached to S0 and N0.</summary>
    LabelSets = 128,

    /// <summary>Brown cluster prefixes of S0, S1, N0, N1 and their pairs.</summary>
    Clusters = 256,

    /// <summary>The stack's third word.</summary>
    Deep = 512,

    All = Words | Pairs | Trigrams | Distance | Valency | Children | ThirdOrder | LabelSets | Clusters | Deep,
}
