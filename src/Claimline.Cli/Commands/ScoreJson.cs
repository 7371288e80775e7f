using System.Text.Json.Nodes;
using Claimline.Evaluation;

namespace Claimline.Cli.Commands;

/// <summary>The JSON shape every <c>claimline eval … --json</c> gives a score: precision, recall, F1 and the counts behind them.</summary>
internal static class ScoreJson
{
    public static JsonObject Node(Score score) => new()
    {
        ["precision"] = Math.Round(score.Precision, 4),
        ["recall"] = Math.Round(score.Recall, 4),
        ["f1"] = Math.Round(score.F1, 4),
        ["correct"] = score.TruePositives,
        ["system"] = score.SystemCount,
        ["gold"] = score.GoldCount,
    };
}
