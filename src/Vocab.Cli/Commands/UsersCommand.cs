using System.CommandLine;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Vocab.Core.Curation;
using Vocab.Data;

namespace Vocab.Cli.Commands;

/// <summary><c>vocab users add|list|set-role</c>: accounts, for the first admin and for scripts.</summary>
internal static class UsersCommand
{
    public static Command Create()
    {
        var db = CommonOptions.Db();
        var name = new Argument<string>("name") { Description = "User name (letters, digits, - . _ @ +)" };
        var role = new Option<string>("--role") { Description = "reader, contributor, expert, editor or admin", DefaultValueFactory = _ => Roles.Contributor };
        var display = new Option<string?>("--display-name") { Description = "Name shown beside proposals and votes (default: the user name)" };
        var passwordStdin = new Option<bool>("--password-stdin") { Description = "Read the password from the first line of stdin; otherwise a random one is generated and printed once" };
        var add = new Command("add", "Create an account; prints a generated password once unless --password-stdin") { name, role, display, passwordStdin, db };
        add.SetAction((parse, ct) => CliErrors.RunAsync(async token =>
        {
            var roleName = parse.GetValue(role)!;
            if (!Roles.IsKnown(roleName))
            {
                Console.Error.WriteLine($"error: unknown role '{roleName}': use one of {string.Join(", ", Roles.All)}");
                return CliErrors.Usage;
            }

            var password = parse.GetValue(passwordStdin) ? Console.In.ReadLine() ?? "" : GeneratePassword();
            await using var services = Open(parse.GetValue(db));
            await services.GetRequiredService<VocabStore>().OpenAsync(token);
            using var scope = services.CreateScope();
            var users = scope.ServiceProvider.GetRequiredService<UserManager<VocabUser>>();
            var userName = parse.GetValue(name)!;
            var user = new VocabUser { UserName = userName, DisplayName = parse.GetValue(display) ?? userName, Role = roleName, CreatedUtc = DateTime.UtcNow };
            var result = await users.CreateAsync(user, password);
            if (!result.Succeeded)
            {
                Console.Error.WriteLine("error: " + string.Join("; ", result.Errors.Select(e => e.Description)));
                return CliErrors.BadInput;
            }

            await services.GetRequiredService<AccountEvents>().RecordAsync(null, AccountEvents.CommandLine, AccountEvents.Created, userName, null, roleName, token);
            Console.Error.WriteLine($"created {roleName} '{userName}'");
            if (!parse.GetValue(passwordStdin))
            {
                Console.Out.WriteLine(password);
            }

            return CliErrors.Ok;
        }, ct));

        var listDb = CommonOptions.Db();
        var list = new Command("list", "List accounts with their roles") { listDb };
        list.SetAction((parse, ct) => CliErrors.RunAsync(async token =>
        {
            await using var services = Open(parse.GetValue(listDb));
            await services.GetRequiredService<VocabStore>().OpenAsync(token);
            await using var context = services.GetRequiredService<VocabDatabase>().CreateContext();
            foreach (var user in await context.Users.AsNoTracking().OrderBy(u => u.UserName).ToListAsync(token))
            {
                Console.Out.WriteLine($"{user.UserName}\t{user.Role}\t{(user.Disabled ? "disabled" : "active")}\t{user.DisplayName}");
            }

            return CliErrors.Ok;
        }, ct));

        var setName = new Argument<string>("name") { Description = "User name" };
        var setRole = new Argument<string>("role") { Description = "reader, contributor, expert, editor or admin" };
        var setDb = CommonOptions.Db();
        var set = new Command("set-role", "Change an account's role") { setName, setRole, setDb };
        set.SetAction((parse, ct) => CliErrors.RunAsync(async token =>
        {
            var roleName = parse.GetValue(setRole)!;
            if (!Roles.IsKnown(roleName))
            {
                Console.Error.WriteLine($"error: unknown role '{roleName}': use one of {string.Join(", ", Roles.All)}");
                return CliErrors.Usage;
            }

            await using var services = Open(parse.GetValue(setDb));
            await services.GetRequiredService<VocabStore>().OpenAsync(token);
            using var scope = services.CreateScope();
            var users = scope.ServiceProvider.GetRequiredService<UserManager<VocabUser>>();
            var user = await users.FindByNameAsync(parse.GetValue(setName)!);
            if (user is null)
            {
                Console.Error.WriteLine($"error: no user '{parse.GetValue(setName)}'");
                return CliErrors.BadInput;
            }

            await services.GetRequiredService<AccountEvents>().SetRoleAsync(users, user, roleName, null, AccountEvents.CommandLine, token);
            Console.Error.WriteLine($"'{user.UserName}' is now {roleName}");
            return CliErrors.Ok;
        }, ct));

        return new Command("users", "Manage accounts (the first admin: vocab users add NAME --role admin)") { add, list, set };
    }

    internal static ServiceProvider Open(string? db)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddVocabData(Vocab.Data.StoreOptions.Parse(db));
        services.AddVocabIdentityCore();
        return services.BuildServiceProvider();
    }

    /// <summary>20 characters from a 62-letter alphabet: about 119 bits.</summary>
    private static string GeneratePassword() =>
        RandomNumberGenerator.GetString("abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789", 20);
}
