namespace Vocab.Core.Curation;

/// <summary>
/// The curation roles, from least to most trusted. Each role can do what the roles below it can: a contributor proposes
/// and comments, an expert also votes, an editor also decides, an admin also manages users, tokens and imports.
/// Readers are anonymous; a signed-in user without a role is a reader too.
/// </summary>
public static class Roles
{
    /// <summary>Reads and searches (anonymous).</summary>
    public const string Reader = "reader";

    /// <summary>Proposes changes and comments.</summary>
    public const string Contributor = "contributor";

    /// <summary>Votes on proposals.</summary>
    public const string Expert = "expert";

    /// <summary>Accepts or rejects proposals.</summary>
    public const string Editor = "editor";

    /// <summary>Manages users, roles, registration and imports.</summary>
    public const string Admin = "admin";

    /// <summary>Every role, least trusted first.</summary>
    public static IReadOnlyList<string> All { get; } = [Reader, Contributor, Expert, Editor, Admin];

    /// <summary>True for one of <see cref="All"/> (exact, lower case).</summary>
    public static bool IsKnown(string? role) => role is not null && Rank(role) >= 0;

    /// <summary>The role's position in <see cref="All"/>; -1 when unknown.</summary>
    public static int Rank(string role) => role switch
    {
        Reader => 0,
        Contributor => 1,
        Expert => 2,
        Editor => 3,
        Admin => 4,
        _ => -1,
    };

    /// <summary>True when <paramref name="role"/> is <paramref name="minimum"/> or a more trusted role.</summary>
    public static bool AtLeast(string? role, string minimum) => role is not null && Rank(role) >= Rank(minimum) && Rank(minimum) >= 0;

    /// <summary>The roles that satisfy <paramref name="minimum"/> (for role-based authorization policies).</summary>
    public static string[] AtLeastAll(string minimum) => All.Where(r => AtLeast(r, minimum)).ToArray();
}
