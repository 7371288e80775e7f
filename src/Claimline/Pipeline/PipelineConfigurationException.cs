namespace Claimline.Pipeline;

/// <summary>The stages of a pipeline are in an order that cannot work; the message names the stage and the layer.</summary>
public sealed class PipelineConfigurationException(string message) : Exception(message);
