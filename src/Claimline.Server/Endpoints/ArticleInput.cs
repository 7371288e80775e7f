namespace Claimline.Server.Endpoints;

/// <summary>An article sent to the API: the same fields as a JSONL line.</summary>
public sealed record ArticleInput(string? Text, string? Id = null, string? Date = null, string? Title = null, string? Url = null, string? Source = null);
