namespace Claimline.Learning;

/// <summary>
/// What identifies one kind of model file: the ASCII magic and version byte it opens with, and the words its errors use.
/// </summary>
/// <param name="Magic">The ASCII magic at the start of the file.</param>
/// <param name="Version">The format version byte after the magic.</param>
/// <param name="Description">What the file holds, for errors: <c>NER model of format claimline-perceptron/1</c>.</param>
/// <param name="TrainCommand">The command that makes a new one, for errors: <c>claimline train ner</c>.</param>
internal sealed record ModelFileHeader(byte[] Magic, byte Version, string Description, string TrainCommand);
