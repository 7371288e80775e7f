namespace Claimline.Store;

/// <summary>The store cannot be opened or used: a file that is not a Claimline store, a newer schema, a locked database.</summary>
public sealed class StoreException(string message, Exception? inner = null) : Exception(message, inner);
