namespace Vocab.Index.Tests;

public sealed class PrefixTableTests
{
    [Fact]
    public void PrefixTable_randomAddsAndRemoves_agreeWithNaiveModel()
    {
        var random = new Random(7);
        var table = new PrefixTable();
        var model = new List<PrefixTable.Entry>();
        var next = 0;
        var initial = Enumerable.Range(0, 3000).Select(_ => new PrefixTable.Entry(Word(random), next++, 1)).ToArray();
        model.AddRange(initial);
        table.Load([.. initial]);

        // Enough changes to fold the recent list into the array several times, removals from both parts included.
        for (var step = 0; step < 30_000; step++)
        {
            if (model.Count > 0 && random.Next(3) == 0)
            {
                var victim = model[random.Next(model.Count)];
                model.Remove(victim);
                table.Remove(victim);
            }
            else
            {
                var entry = new PrefixTable.Entry(Word(random), next++, 1);
                model.Add(entry);
                table.Add(entry);
            }
        }

        foreach (var prefix in new[] { "a", "b", "ab", "ca", "abc", "" })
        {
            var found = new List<int>();
            table.Scan(prefix, e =>
            {
                found.Add(e.Label);
                return true;
            });
            var expected = model.Where(e => e.Folded.StartsWith(prefix, StringComparison.Ordinal)).Select(e => e.Label).Order();
            Assert.Equal(expected, found.Order());
        }
    }

    private static string Word(Random random) =>
        new([.. Enumerable.Range(0, random.Next(1, 6)).Select(_ => (char)('a' + random.Next(4)))]);
}
