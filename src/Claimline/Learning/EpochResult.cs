namespace Claimline.Learning;

/// <summary>How one pass of <see cref="AveragedPerceptron.Train"/> went: its wrong guesses among the positions it decoded.</summary>
internal readonly record struct EpochResult(int Epoch, long Mistakes, long Positions);
