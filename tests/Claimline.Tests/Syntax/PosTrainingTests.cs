using Claimline.Syntax;
using Claimline.Syntax.Conllu;
using Claimline.Syntax.Tagging;
using Claimline.Syntax.Training;

namespace Claimline.Tests.Syntax;

/// <summary>Training on a small invented treebank: deterministic bytes, a model that reads back, and a tag dictionary.</summary>
public class PosTrainingTests
{
    private static List<ConlluSentence> Treebank()
    {
        string[][] sentences =
        [
            ["the", "DET", "dog", "NOUN", "runs", "VERB", ".", "PUNCT"],
            ["a", "DET", "cat", "NOUN", "sleeps", "VERB", ".", "PUNCT"],
            ["the", "DET", "cat", "NOUN", "runs", "VERB", "fast", "ADV", ".", "PUNCT"],
            ["Mira", "PROPN", "sleeps", "VERB", ".", "PUNCT"],
        ];
        var text = new System.Text.StringBuilder();
        for (var copy = 0; copy < 6; copy++)
        {
            foreach (var s in sentences)
            {
                text.Append("# newdoc id = d").Append(copy).Append('\n');
                for (var i = 0; i < s.Length; i += 2)
                {
                    text.Append(i / 2 + 1).Append('\t').Append(s[i]).Append('\t').Append(s[i]).Append('\t').Append(s[i + 1]).Append("\t_\t_\t0\troot\t_\t_\n");
                }

                text.Append('\n');
            }
        }

        return [.. ConlluReader.Read(new StringReader(text.ToString()))];
    }

    [Fact]
    public void The_same_data_and_seed_give_the_same_bytes()
    {
        var options = new PosTrainingOptions { Epochs = 3, MinFeatureCount = 1 };
        var a = new PosTrainer(options).Train(Treebank(), null);
        var b = new PosTrainer(options).Train(Treebank(), null);
        Assert.Equal(a.File, b.File);
    }

    [Fact]
    public void A_trained_model_reads_back_and_tags_its_training_data()
    {
        var trained = new PosTrainer(new PosTrainingOptions { Epochs = 5, MinFeatureCount = 1 }).Train(Treebank(), null);
        var model = PosModelFile.Read(new MemoryStream(trained.File), "test");
        Assert.Equal(trained.Model.Weights.FeatureCount, model.Weights.FeatureCount);
        var score = PosEvaluation.Evaluate(new PosTagger(model), null, Treebank());
        Assert.Equal(1.0, score.Accuracy);
        Assert.Equal(0.0, score.LemmaAccuracy);
    }

    [Fact]
    public void Frequent_unambiguous_words_enter_the_tag_dictionary()
    {
        var options = new PosTrainingOptions { Epochs = 1, DictionaryMinCount = 10 };
        var model = new PosTrainer(options).Train(Treebank(), null).Model;
        var sentence = new PosSentence();
        sentence.Prepare(["the", "cat", "Mira"]);
        Assert.Equal(PosModel.Label(Upos.DET), model.Dictionary.Lookup(sentence.Word[0]));
        Assert.Equal(PosModel.Label(Upos.NOUN), model.Dictionary.Lookup(sentence.Word[1]));
        Assert.Equal(-1, model.Dictionary.Lookup(sentence.Word[2])); // seen 6 times only
    }

    [Fact]
    public void A_model_file_of_another_kind_is_rejected()
    {
        var error = Assert.Throws<InvalidDataException>(() => PosModelFile.Read(new MemoryStream(Gzip("not a model")), "x.gz"));
        Assert.StartsWith("x.gz", error.Message, StringComparison.Ordinal);
    }

    private static byte[] Gzip(string text)
    {
        using var buffer = new MemoryStream();
        using (var gzip = new System.IO.Compression.GZipStream(buffer, System.IO.Compression.CompressionLevel.Fastest))
        {
            gzip.Write(System.Text.Encoding.UTF8.GetBytes(text));
        }

        return buffer.ToArray();
    }
}
