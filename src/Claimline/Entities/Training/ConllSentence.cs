namespace Claimline.Entities.Training;

/// <summary>One sentence of a CoNLL file: its tokens and their named-entity tags (last column), in file order.</summary>
public sealed record ConllSentence(string[] Words, string[] Tags, int Line);
