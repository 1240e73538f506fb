using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace Vocab.Data;

/// <summary>The account rules the server and the CLI share (user names, password length, lockout).</summary>
public static class VocabIdentity
{
    /// <summary>Shortest password.</summary>
    public const int MinPasswordLength = 10;

    /// <summary>Applies Vocab's account rules: length over composition rules (NIST 800-63B), lockout after 10 failures.</summary>
    public static void Configure(IdentityOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.User.RequireUniqueEmail = false;
        options.User.AllowedUserNameCharacters = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._@+";
        options.Password.RequiredLength = MinPasswordLength;
        options.Password.RequireNonAlphanumeric = false;
        options.Password.RequireUppercase = false;
        options.Password.RequireLowercase = false;
        options.Password.RequireDigit = false;
        options.Lockout.MaxFailedAccessAttempts = 10;
        options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(5);
        options.SignIn.RequireConfirmedAccount = false;
    }

    /// <summary>Adds Identity's user store and manager on the Vocab store (no cookies: for tools such as the CLI).</summary>
    public static IdentityBuilder AddVocabIdentityCore(this IServiceCollection services) =>
        services.AddIdentityCore<VocabUser>(Configure).AddEntityFrameworkStores<VocabDbContext>();
}
