using Vocab.Core.Curation;

namespace Vocab.Core.Tests;

/// <summary>Enum values from the outside (query strings, JSON, form fields) are read by name only.</summary>
public sealed class NamesTests
{
    [Theory]
    [InlineData("Pref", true)]
    [InlineData("hidden", true)]
    [InlineData("ALT", true)]
    [InlineData("", false)]
    [InlineData(null, false)]
    [InlineData("1", false)]
    [InlineData("-1", false)]
    [InlineData("99", false)]
    [InlineData("Alt,Pref", false)]
    [InlineData("Pref,Pref", false)]
    [InlineData("Hidden,Pref", false)]
    [InlineData("Prefx", false)]
    public void TryParse_labelKind_acceptsOnlyAName(string? input, bool accepted)
    {
        Assert.Equal(accepted, Names.TryParse<LabelKind>(input, out var kind));
        if (accepted)
        {
            Assert.True(Enum.IsDefined(kind));
        }
    }

    [Fact]
    public void TryParse_commaListWhoseBitsOrToADefinedValue_isRefused()
    {
        // Pref = 0, so "Pref,Alt" ORs to Alt: defined, and still no name.
        Assert.False(Names.TryParse<LabelKind>("Pref,Alt", out _));
        Assert.False(Names.TryParse<ProposalStatus>("Open,Accepted", out _));
    }
}
