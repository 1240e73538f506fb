namespace Vocab.Core.Tests;

public sealed class RefBagTests
{
    [Fact]
    public void RefBag_addedTwice_needsTwoRemoves()
    {
        var bag = new RefBag<string>();

        Assert.True(bag.Add("a"));
        Assert.False(bag.Add("a"));
        Assert.False(bag.Remove("a"));
        Assert.Equal(["a"], bag);
        Assert.True(bag.Remove("a"));
        Assert.Empty(bag);
    }

    [Fact]
    public void RefBag_removeMissing_changesNothing()
    {
        var bag = new RefBag<string>();
        bag.Add("a");

        Assert.False(bag.Remove("b"));
        Assert.Equal(["a"], bag);
    }

    [Fact]
    public void RefBag_removeFromMiddle_keepsInsertionOrder()
    {
        var bag = new RefBag<string>();
        foreach (var item in new[] { "a", "b", "c", "d" })
        {
            bag.Add(item);
        }

        bag.Remove("b");

        Assert.Equal(["a", "c", "d"], bag);
    }

    [Fact]
    public void RefBag_manyMembers_switchesToDictionaryWithCountsIntact()
    {
        var bag = new RefBag<int>();
        for (var i = 0; i < 100; i++)
        {
            bag.Add(i);
        }

        bag.Add(3);

        Assert.Equal(100, bag.Count);
        Assert.True(bag.Contains(99));
        Assert.False(bag.Remove(3));
        Assert.True(bag.Remove(3));
        Assert.False(bag.Contains(3));
        Assert.Equal(99, bag.ToArray().Length);
    }

    [Fact]
    public void RefBag_change_createsOnAddAndIgnoresRemoveOfNothing()
    {
        RefBag<string>? bag = null;

        Assert.False(RefBag<string>.Change(ref bag, "a", -1));
        Assert.Null(bag);
        Assert.True(RefBag<string>.Change(ref bag, "a", 1));
        Assert.NotNull(bag);
    }
}
