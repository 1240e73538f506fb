using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Vocab.Data;

/// <summary>
/// One change to accounts or to who may join: a role set, an account disabled or enabled, one created by an admin,
/// registration switched, an invitation made. Thesaurus changes have their change log; this is the same for rights.
/// </summary>
public sealed class AccountEvent
{
    /// <summary>Row id.</summary>
    public long Id { get; set; }

    /// <summary>When (UTC).</summary>
    public DateTime AtUtc { get; set; }

    /// <summary>Who did it: a user id, or null for the command line or the configuration.</summary>
    public string? ActorId { get; set; }

    /// <summary>Who did it, as shown (a user name, <c>vocab users</c>, or <c>configuration</c>).</summary>
    public required string ActorName { get; set; }

    /// <summary>What: role, disabled, enabled, created, registration, invitation.</summary>
    public required string What { get; set; }

    /// <summary>The account it is about (null for registration and invitations).</summary>
    public string? UserName { get; set; }

    /// <summary>The value before (a role, "open"/"invite-only"), if any.</summary>
    public string? From { get; set; }

    /// <summary>The value after.</summary>
    public string? To { get; set; }
}

/// <summary>
/// Records and reads <see cref="AccountEvent"/>s, and makes the account changes that are recorded (a role set, an
/// account disabled or enabled), so that neither the admin page nor the command line can make one without its record.
/// </summary>
public sealed class AccountEvents(VocabDatabase database)
{
    /// <summary>The actor name of changes made with <c>vocab users</c>.</summary>
    public const string CommandLine = "vocab users";

    /// <summary><see cref="AccountEvent.What"/>: a role set (from the old role to the new).</summary>
    public const string RoleSet = "role";

    /// <summary><see cref="AccountEvent.What"/>: an account disabled.</summary>
    public const string Disabled = "disabled";

    /// <summary><see cref="AccountEvent.What"/>: an account enabled again.</summary>
    public const string Enabled = "enabled";

    /// <summary><see cref="AccountEvent.What"/>: an account created (to its role).</summary>
    public const string Created = "created";

    /// <summary><see cref="AccountEvent.What"/>: registration switched ("open" or "invite-only").</summary>
    public const string Registration = "registration";

    /// <summary><see cref="AccountEvent.What"/>: an invitation created (to the role it grants).</summary>
    public const string Invitation = "invitation";

    /// <summary>
    /// Gives <paramref name="user"/> <paramref name="role"/> and records it. A new security stamp ends the old role in
    /// the user's other sessions within the validation interval.
    /// </summary>
    public async Task SetRoleAsync(UserManager<VocabUser> users, VocabUser user, string role, string? actorId, string actorName, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(users);
        ArgumentNullException.ThrowIfNull(user);
        var before = user.Role;
        user.Role = role;
        await users.UpdateAsync(user).ConfigureAwait(false);
        await users.UpdateSecurityStampAsync(user).ConfigureAwait(false);
        await RecordAsync(actorId, actorName, RoleSet, user.UserName, before, role, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Disables or enables <paramref name="user"/> (ending their sessions, as <see cref="SetRoleAsync"/>) and records it.</summary>
    public async Task SetDisabledAsync(UserManager<VocabUser> users, VocabUser user, bool disabled, string? actorId, string actorName, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(users);
        ArgumentNullException.ThrowIfNull(user);
        user.Disabled = disabled;
        await users.UpdateAsync(user).ConfigureAwait(false);
        await users.UpdateSecurityStampAsync(user).ConfigureAwait(false);
        await RecordAsync(actorId, actorName, disabled ? Disabled : Enabled, user.UserName, null, null, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Records one event now.</summary>
    public async Task RecordAsync(string? actorId, string actorName, string what, string? userName, string? from, string? to, CancellationToken cancellationToken = default)
    {
        await using var db = database.CreateContext();
        db.AccountEvents.Add(new AccountEvent { AtUtc = DateTime.UtcNow, ActorId = actorId, ActorName = actorName, What = what, UserName = userName, From = from, To = to });
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The newest events first, at most <paramref name="limit"/>.</summary>
    public async Task<IReadOnlyList<AccountEvent>> RecentAsync(int limit, CancellationToken cancellationToken = default)
    {
        await using var db = database.CreateContext();
        return await db.AccountEvents.AsNoTracking().OrderByDescending(e => e.Id).Take(limit).ToListAsync(cancellationToken).ConfigureAwait(false);
    }
}
