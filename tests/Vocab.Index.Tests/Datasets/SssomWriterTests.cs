using Vocab.Index.Datasets;

namespace Vocab.Index.Tests.Datasets;

public sealed class SssomWriterTests : IDisposable
{
    private readonly LabelIndex _index = LabelIndex.Build(IndexFixture.Microscopy().Current);

    public void Dispose() => _index.Dispose();

    [Fact]
    public void Write_mappings_yamlHeaderThenColumnsThenMatchedRowsOnly()
    {
        var mapper = new LabelMapper(_index);
        mapper.Map("Acc. Voltage [kV]", LabelSite.Header);
        mapper.Map("contrast", LabelSite.Header);
        mapper.Map("nothing like it", LabelSite.Header);
        var writer = new StringWriter();

        SssomWriter.Write(writer, mapper.Mappings, new SssomOptions { MappingSetId = "https://example.org/set/1", MappingDate = new DateOnly(2026, 11, 21) });

        var lines = writer.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var header = lines.TakeWhile(l => l.StartsWith('#')).ToList();
        Assert.Equal("#curie_map:", header[0]);
        Assert.Contains("#  skos: \"http://www.w3.org/2004/02/skos/core#\"", header);
        Assert.Contains("#  semapv: \"https://w3id.org/semapv/vocab/\"", header);
        Assert.Contains("#  example: \"http://example.org/\"", header);
        Assert.Contains("#mapping_set_id: \"https://example.org/set/1\"", header);
        Assert.Contains(header, l => l.StartsWith("#license: \"https://", StringComparison.Ordinal));
        Assert.Contains("#mapping_date: \"2026-11-21\"", header);
        var table = lines[header.Count..].Select(l => l.Split('\t')).ToList();
        Assert.Equal(SssomWriter.Columns, table[0]);
        var row = Assert.Single(table[1..]);
        Assert.Equal(["Acc. Voltage [kV]", "rdfs literal", "skos:exactMatch", "example:AccelerationVoltage", "acceleration voltage", "skos concept", "semapv:LexicalMatching"], row[..7]);
        Assert.InRange(double.Parse(row[7], System.Globalization.CultureInfo.InvariantCulture), 0.5, 1.0);
    }

    [Fact]
    public void Write_fuzzyMatch_isCloseMatchBySimilarityThreshold()
    {
        var mapper = new LabelMapper(_index);
        mapper.Map("acceleraton voltage", LabelSite.Key);
        Assert.Equal(MatchType.Fuzzy, mapper.Mappings[0].Result.Best?.MatchType);
        var writer = new StringWriter();

        SssomWriter.Write(writer, mapper.Mappings, new SssomOptions { MappingSetId = "https://example.org/set/2" });

        var row = writer.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries)[^1].Split('\t');
        Assert.Equal("skos:closeMatch", row[2]);
        Assert.Equal("semapv:LexicalSimilarityThresholdMatching", row[6]);
    }
}
