using Claimline.Entities.Evaluation;
using Claimline.Entities.Tagging;

namespace Claimline.Entities.Training;

/// <summary>The result of training: the model file's bytes, the model read back from them, and its development score.</summary>
public sealed record TrainedModel(byte[] File, PerceptronModel Model, ConllScore? Dev, int TrainingTokens);
