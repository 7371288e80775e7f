namespace Claimline.Entities.Tagging;

/// <summary>Where a token sits in a name under the BILOU scheme (O is the label <see cref="BilouLabels.Outside"/>).</summary>
public enum BilouPosition : byte
{
    /// <summary>First token of a name of two or more tokens.</summary>
    Begin,

    /// <summary>A token strictly inside a name.</summary>
    Inside,

    /// <summary>Last token of a name of two or more tokens.</summary>
    Last,

    /// <summary>A name of exactly one token.</summary>
    Unit,
}
