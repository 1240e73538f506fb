using Microsoft.AspNetCore.Identity;
using Vocab.Core.Curation;

namespace Vocab.Data;

/// <summary>A local account (ASP.NET Core Identity) with the one curation role it holds.</summary>
public sealed class VocabUser : IdentityUser
{
    /// <summary>The name shown beside proposals, votes and comments.</summary>
    public string DisplayName { get; set; } = "";

    /// <summary>One of <see cref="Roles.All"/>; each role includes the ones below it.</summary>
    public string Role { get; set; } = Roles.Contributor;

    /// <summary>When the account was created (UTC).</summary>
    public DateTime CreatedUtc { get; set; }

    /// <summary>Disabled accounts cannot sign in and their tokens stop working.</summary>
    public bool Disabled { get; set; }
}
