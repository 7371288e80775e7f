using Claimline.Syntax.Conllu;
using Claimline.Syntax.Parsing;

namespace Claimline.Tests.Syntax;

/// <summary>Training the parser on a few invented sentences: deterministic, and it learns them.</summary>
public class ParserTrainerTests
{
    private const string Treebank = """
        1	Mira	_	PROPN	_	_	2	nsubj	_	_
        2	said	_	VERB	_	_	0	root	_	_
        3	the	_	DET	_	_	4	det	_	_
        4	ferry	_	NOUN	_	_	5	nsubj	_	_
        5	left	_	VERB	_	_	2	ccomp	_	_
        6	.	_	PUNCT	_	_	2	punct	_	_

        1	The	_	DET	_	_	2	det	_	_
        2	mayor	_	NOUN	_	_	3	nsubj	_	_
        3	opened	_	VERB	_	_	0	root	_	_
        4	a	_	DET	_	_	5	det	_	_
        5	bridge	_	NOUN	_	_	3	obj	_	_
        6	in	_	ADP	_	_	7	case	_	_
        7	Tarnow	_	PROPN	_	_	3	obl	_	_
        8	.	_	PUNCT	_	_	3	punct	_	_

        1	Officials	_	NOUN	_	_	2	nsubj	_	_
        2	said	_	VERB	_	_	0	root	_	_
        3	talks	_	NOUN	_	_	4	nsubj	_	_
        4	failed	_	VERB	_	_	2	ccomp	_	_
        5	.	_	PUNCT	_	_	2	punct	_	_


        """;

    [Fact]
    public void Training_twice_gives_the_same_bytes_and_a_parser_that_knows_its_data()
    {
        var sentences = ConlluReader.Read(new StringReader(Treebank.Replace("\r", "", StringComparison.Ordinal))).ToList();
        var options = new ParserTrainingOptions { Epochs = 15 };
        var first = new ParserTrainer(options).Train(sentences);
        var second = new ParserTrainer(options).Train(sentences);
        Assert.Equal(first.File, second.File);

        var parser = new DependencyParser(first.Model);
        foreach (var sentence in sentences)
        {
            var (heads, relations) = parser.Parse(sentence.Forms, sentence.Tags);
            Assert.Equal(sentence.Heads, heads);
            Assert.Equal(sentence.Relations, relations);
        }
    }
}
