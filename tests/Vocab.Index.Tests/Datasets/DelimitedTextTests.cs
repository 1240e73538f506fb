using Vocab.Index.Datasets;

namespace Vocab.Index.Tests.Datasets;

public sealed class DelimitedTextTests
{
    [Theory]
    [InlineData("a,b,c\n", new[] { "a", "b", "c" })]
    [InlineData("\"a,1\",b\r\n", new[] { "a,1", "b" })]
    [InlineData("\"say \"\"hi\"\"\",x", new[] { "say \"hi\"", "x" })]
    [InlineData("\"two\nlines\",y\n", new[] { "two\nlines", "y" })]
    [InlineData("a,,\n", new[] { "a", "", "" })]
    [InlineData("\"\",z", new[] { "", "z" })]
    public void Read_rfc4180Record_yieldsFields(string text, string[] expected)
    {
        var records = DelimitedText.Read(new StringReader(text), ',').ToList();

        Assert.Equal(expected, Assert.Single(records));
    }

    [Fact]
    public void Read_crlfAndLf_endRecordsAndTrailingNewlineAddsNone()
    {
        var records = DelimitedText.Read(new StringReader("h1,h2\r\n1,2\n3,4\n"), ',').ToList();

        Assert.Equal(3, records.Count);
        Assert.Equal(["3", "4"], records[2]);
    }

    [Theory]
    [InlineData("\"open,b\n")]
    [InlineData("\"closed\"junk,b\n")]
    public void Read_badQuoting_throwsFormatException(string text)
    {
        Assert.Throws<FormatException>(() => DelimitedText.Read(new StringReader(text), ',').ToList());
    }

    [Theory]
    [InlineData(',')]
    [InlineData('\t')]
    public void WriteThenRead_awkwardFields_roundTrip(char delimiter)
    {
        string[][] records =
        [
            ["plain", "with,comma", "with\ttab", "quote \" inside"],
            ["multi\r\nline", "", " spaced ", "加速電圧(kV)"],
        ];
        var writer = new StringWriter();
        foreach (var r in records)
        {
            DelimitedText.WriteRecord(writer, r, delimiter);
        }

        var back = DelimitedText.Read(new StringReader(writer.ToString()), delimiter).ToList();

        Assert.Equal(records, back);
    }

    [Fact]
    public void WriteRecord_fieldsNeedingNoQuotes_areWrittenBare()
    {
        var writer = new StringWriter();

        DelimitedText.WriteRecord(writer, ["a b", "c"], ',');

        Assert.Equal("a b,c\n", writer.ToString());
    }
}
