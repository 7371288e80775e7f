using Claimline.Syntax;
using Claimline.Syntax.Conllu;
using Claimline.Syntax.Training;

namespace Claimline.Tests.Syntax;

/// <summary>Reading CoNLL-U (syntactic words, multiword tokens apart, bad heads rejected), document folds and rewriting tags.</summary>
public class ConlluTests
{
    // Invented sentences in CoNLL-U (ID FORM LEMMA UPOS XPOS FEATS HEAD DEPREL DEPS MISC).
    internal const string Sample =
        "# newdoc id = doc-a\n" +
        "# sent_id = a-1\n" +
        "# text = Mira didn't call.\n" +
        "1\tMira\tMira\tPROPN\tNNP\t_\t4\tnsubj\t_\t_\n" +
        "2-3\tdidn't\t_\t_\t_\t_\t_\t_\t_\t_\n" +
        "2\tdid\tdo\tAUX\tVBD\t_\t4\taux\t_\t_\n" +
        "3\tn't\tnot\tPART\tRB\t_\t4\tadvmod\t_\t_\n" +
        "4\tcall\tcall\tVERB\tVB\t_\t0\troot\t_\tSpaceAfter=No\n" +
        "5\t.\t.\tPUNCT\t.\t_\t4\tpunct\t_\t_\n" +
        "\n" +
        "# sent_id = a-2\n" +
        "1\tRain\train\tNOUN\tNN\t_\t2\tnsubj\t_\t_\n" +
        "2\tfell\tfall\tVERB\tVBD\t_\t0\troot\t_\t_\n" +
        "\n" +
        "# newdoc id = doc-b\n" +
        "# sent_id = b-1\n" +
        "1\tHello\thello\tINTJ\tUH\t_\t0\troot\t_\t_\n" +
        "\n";

    [Fact]
    public void Reads_syntactic_words_and_keeps_multiword_tokens_apart()
    {
        var sentences = ConlluReader.Read(new StringReader(Sample)).ToList();
        Assert.Equal(3, sentences.Count);
        var first = sentences[0];
        Assert.Equal("a-1", first.Id);
        Assert.Equal("doc-a", first.DocumentId);
        Assert.Equal(["Mira", "did", "n't", "call", "."], first.Forms);
        Assert.Equal([Upos.PROPN, Upos.AUX, Upos.PART, Upos.VERB, Upos.PUNCT], first.Tags);
        Assert.Equal([3, 3, 3, -1, 3], first.Heads);
        Assert.Equal((1, 2, "didn't"), Assert.Single(first.MultiwordTokens));
        Assert.Equal("doc-a", sentences[1].DocumentId);
        Assert.Equal("doc-b", sentences[2].DocumentId);
    }

    [Fact]
    public void A_head_outside_the_sentence_is_a_format_error_naming_the_line()
    {
        var bad = "# sent_id = x\n1\tRain\train\tNOUN\tNN\t_\t2\tnsubj\t_\t_\n2\tfell\tfall\tVERB\tVBD\t_\t7\troot\t_\t_\n\n";
        var error = Assert.Throws<FormatException>(() => ConlluReader.Read(new StringReader(bad), "bad.conllu").ToList());
        Assert.Contains("bad.conllu:2", error.Message, StringComparison.Ordinal);
        Assert.Contains("head 7", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Folds_never_split_a_document()
    {
        var sentences = ConlluReader.Read(new StringReader(Sample)).ToList();
        var folds = DocumentFolds.Assign(sentences, 2);
        Assert.Equal(folds[0], folds[1]);
        Assert.NotEqual(folds[0], folds[2]);
        var (train, heldOut) = DocumentFolds.Split(sentences, folds, folds[2]);
        Assert.Equal(["b-1"], heldOut.Select(s => s.Id));
        Assert.Equal(["a-1", "a-2"], train.Select(s => s.Id));
    }

    [Fact]
    public void Rewriting_tags_changes_column_4_of_words_only()
    {
        Upos[][] tags = [[Upos.NOUN, Upos.VERB, Upos.ADV, Upos.VERB, Upos.PUNCT], [Upos.PROPN, Upos.VERB], [Upos.X]];
        var output = new StringWriter();
        ConlluTagRewriter.Rewrite(new StringReader(Sample), tags, output);
        var expected = Sample
            .Replace("1\tMira\tMira\tPROPN", "1\tMira\tMira\tNOUN", StringComparison.Ordinal)
            .Replace("2\tdid\tdo\tAUX", "2\tdid\tdo\tVERB", StringComparison.Ordinal)
            .Replace("3\tn't\tnot\tPART", "3\tn't\tnot\tADV", StringComparison.Ordinal)
            .Replace("1\tRain\train\tNOUN", "1\tRain\train\tPROPN", StringComparison.Ordinal)
            .Replace("1\tHello\thello\tINTJ", "1\tHello\thello\tX", StringComparison.Ordinal);
        Assert.Equal(expected, output.ToString());
    }

    [Fact]
    public void Rewriting_with_too_few_tags_is_an_error()
    {
        Upos[][] tags = [[Upos.NOUN], [Upos.PROPN, Upos.VERB], [Upos.X]];
        Assert.Throws<FormatException>(() => ConlluTagRewriter.Rewrite(new StringReader(Sample), tags, new StringWriter()));
    }
}
