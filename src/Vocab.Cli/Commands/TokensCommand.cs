using System.CommandLine;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Vocab.Data;

namespace Vocab.Cli.Commands;

/// <summary>
/// <c>vocab tokens add|list|revoke</c>: API tokens for pipelines and scripts, as the web app's token page makes them
/// (shown once, stored as a hash). For provisioning: a deployment script creates a user and its pipeline's token.
/// </summary>
internal static class TokensCommand
{
    public static Command Create()
    {
        var db = CommonOptions.Db();
        var user = new Argument<string>("user") { Description = "The user name that owns the token" };
        var name = new Option<string>("--token-name") { Description = "A name for the token (the source recorded for its unmatched labels)", Required = true };
        var scopes = new Option<string[]>("--scope") { Description = $"Scopes: {string.Join(", ", TokenScopes.All)} (repeatable)", Required = true, AllowMultipleArgumentsPerToken = true };
        var days = new Option<int?>("--expires-days") { Description = "Days until the token expires (default: never)" };
        var add = new Command("add", "Create a token; prints it once on stdout") { user, name, scopes, days, db };
        add.SetAction((parse, ct) => CliErrors.RunAsync(async token =>
        {
            var wanted = parse.GetValue(scopes)!.SelectMany(s => s.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).ToArray();
            if (wanted.FirstOrDefault(s => !TokenScopes.All.Contains(s)) is { } unknown)
            {
                return CliErrors.Fail($"unknown scope '{unknown}': use {string.Join(", ", TokenScopes.All)}", CliErrors.Usage);
            }

            if (parse.GetValue(days) is < 1)
            {
                return CliErrors.Fail("--expires-days must be at least 1", CliErrors.Usage);
            }

            await using var services = UsersCommand.Open(parse.GetValue(db));
            await services.GetRequiredService<VocabStore>().OpenAsync(token);
            var owner = await FindAsync(services, parse.GetValue(user)!, token);
            if (owner is null)
            {
                return CliErrors.Fail($"no user '{parse.GetValue(user)}'", CliErrors.BadInput);
            }

            var expires = parse.GetValue(days) is { } d ? DateTime.UtcNow.AddDays(d) : (DateTime?)null;
            var created = await services.GetRequiredService<ApiTokenService>().CreateAsync(owner.Id, parse.GetValue(name)!, wanted, expires, token);
            if (created is null)
            {
                return CliErrors.Fail($"the token was refused: a name of 1 to 100 characters, and at most {ApiTokenService.MaxTokensPerUser} active tokens per user", CliErrors.BadInput);
            }

            Console.Error.WriteLine($"created token {created.Value.Token.Id} '{created.Value.Token.Name}' ({created.Value.Token.Scopes}) for {owner.UserName}; it is not shown again");
            Console.Out.WriteLine(created.Value.Secret);
            return CliErrors.Ok;
        }, ct));

        var listDb = CommonOptions.Db();
        var listUser = new Argument<string>("user") { Description = "The user name" };
        var list = new Command("list", "List a user's tokens (never their secrets)") { listUser, listDb };
        list.SetAction((parse, ct) => CliErrors.RunAsync(async token =>
        {
            await using var services = UsersCommand.Open(parse.GetValue(listDb));
            await services.GetRequiredService<VocabStore>().OpenAsync(token);
            if (await FindAsync(services, parse.GetValue(listUser)!, token) is not { } owner)
            {
                return CliErrors.Fail($"no user '{parse.GetValue(listUser)}'", CliErrors.BadInput);
            }

            foreach (var t in await services.GetRequiredService<ApiTokenService>().ListAsync(owner.Id, token))
            {
                var state = t.RevokedUtc is not null ? "revoked" : t.ExpiresUtc < DateTime.UtcNow ? "expired" : "active";
                Console.Out.WriteLine(string.Join('\t', t.Id.ToString(CultureInfo.InvariantCulture), t.Name, t.Scopes, state,
                    t.ExpiresUtc?.ToString("u", CultureInfo.InvariantCulture) ?? "-", t.LastUsedUtc?.ToString("u", CultureInfo.InvariantCulture) ?? "-"));
            }

            return CliErrors.Ok;
        }, ct));

        var revokeDb = CommonOptions.Db();
        var revokeUser = new Argument<string>("user") { Description = "The user name" };
        var revokeId = new Argument<long>("id") { Description = "The token id (from 'vocab tokens list')" };
        var revoke = new Command("revoke", "Revoke a token at once") { revokeUser, revokeId, revokeDb };
        revoke.SetAction((parse, ct) => CliErrors.RunAsync(async token =>
        {
            await using var services = UsersCommand.Open(parse.GetValue(revokeDb));
            await services.GetRequiredService<VocabStore>().OpenAsync(token);
            if (await FindAsync(services, parse.GetValue(revokeUser)!, token) is not { } owner)
            {
                return CliErrors.Fail($"no user '{parse.GetValue(revokeUser)}'", CliErrors.BadInput);
            }

            return await services.GetRequiredService<ApiTokenService>().RevokeAsync(owner.Id, parse.GetValue(revokeId), cancellationToken: token)
                ? CliErrors.Ok
                : CliErrors.Fail($"{owner.UserName} has no active token {parse.GetValue(revokeId)}", CliErrors.BadInput);
        }, ct));

        return new Command("tokens", "API tokens: add, list, revoke") { add, list, revoke };
    }

    private static async Task<VocabUser?> FindAsync(IServiceProvider services, string userName, CancellationToken cancellationToken)
    {
        await using var context = services.GetRequiredService<VocabDatabase>().CreateContext();
        var normalized = userName.ToUpperInvariant();
        return await context.Users.AsNoTracking().FirstOrDefaultAsync(u => u.NormalizedUserName == normalized, cancellationToken);
    }
}
