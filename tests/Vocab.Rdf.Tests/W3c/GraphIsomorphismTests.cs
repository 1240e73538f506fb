namespace Vocab.Rdf.Tests.W3c;

/// <summary>The blank-node-aware comparison the W3C evaluation tests rely on.</summary>
public sealed class GraphIsomorphismTests
{
    [Fact]
    public void GraphIsomorphism_renamed_blank_nodes_are_isomorphic()
    {
        var a = Nt("_:a <http://p> _:b .\n_:b <http://p> \"x\" .\n<http://s> <http://q> _:a .");
        var b = Nt("_:y <http://p> \"x\" .\n<http://s> <http://q> _:z .\n_:z <http://p> _:y .");
        Assert.True(GraphIsomorphism.AreIsomorphic(a, b));
    }

    [Fact]
    public void GraphIsomorphism_different_ground_triple_is_not_isomorphic()
    {
        Assert.False(GraphIsomorphism.AreIsomorphic(Nt("<http://s> <http://p> \"1\" ."), Nt("<http://s> <http://p> \"2\" .")));
    }

    [Fact]
    public void GraphIsomorphism_duplicates_count_once()
    {
        var a = Nt("<http://s> <http://p> _:a .\n<http://s> <http://p> _:a .");
        Assert.True(GraphIsomorphism.AreIsomorphic(a, Nt("<http://s> <http://p> _:b .")));
    }

    [Fact]
    public void GraphIsomorphism_six_cycle_is_not_two_triangles()
    {
        // Every node looks the same to color refinement; only the search tells them apart.
        var hexagon = Nt(string.Join('\n', Enumerable.Range(0, 6).Select(i => $"_:n{i} <http://p> _:n{(i + 1) % 6} .")));
        var triangles = Nt(string.Join('\n', Enumerable.Range(0, 6).Select(i => $"_:n{i} <http://p> _:n{(i / 3 * 3) + ((i + 1) % 3)} .")));
        var otherHexagon = Nt(string.Join('\n', Enumerable.Range(0, 6).Select(i => $"_:m{(i * 5) % 6} <http://p> _:m{((i + 1) * 5) % 6} .")));
        Assert.False(GraphIsomorphism.AreIsomorphic(hexagon, triangles));
        Assert.True(GraphIsomorphism.AreIsomorphic(hexagon, otherHexagon));
    }

    [Fact]
    public void GraphIsomorphism_graph_names_take_part()
    {
        var a = Nq("<http://s> <http://p> <http://o> _:g .\n_:g <http://p> <http://o> .");
        var b = Nq("<http://s> <http://p> <http://o> _:h .\n_:h <http://p> <http://o> .");
        var c = Nq("<http://s> <http://p> <http://o> _:h .\n_:k <http://p> <http://o> .");
        Assert.True(GraphIsomorphism.AreIsomorphic(a, b));
        Assert.False(GraphIsomorphism.AreIsomorphic(a, c));
    }

    [Fact]
    public void GraphIsomorphism_identical_twins_are_matched()
    {
        var text = string.Join('\n', Enumerable.Range(0, 50).Select(i => $"<http://s> <http://p> _:t{i} .\n_:t{i} <http://v> \"same\" ."));
        var reversed = string.Join('\n', Enumerable.Range(0, 50).Reverse().Select(i => $"_:u{i} <http://v> \"same\" .\n<http://s> <http://p> _:u{i} ."));
        Assert.True(GraphIsomorphism.AreIsomorphic(Nt(text), Nt(reversed)));
        Assert.False(GraphIsomorphism.AreIsomorphic(Nt(text), Nt(reversed.Replace("_:u7 <http://v> \"same\"", "_:u7 <http://v> \"other\"", StringComparison.Ordinal))));
    }

    private static List<Quad> Nt(string text) => RdfIo.Parse(new NTriplesParser(), text);

    private static List<Quad> Nq(string text) => RdfIo.Parse(new NQuadsParser(), text);
}
