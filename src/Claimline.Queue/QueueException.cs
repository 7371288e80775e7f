namespace Claimline.Queue;

/// <summary>The queue cannot be used (server down, stream missing, retries spent); the message names the server.</summary>
public sealed class QueueException(string message, Exception? inner = null) : Exception(message, inner);
