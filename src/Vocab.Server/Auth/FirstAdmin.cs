using Microsoft.AspNetCore.Identity;
using Vocab.Core.Curation;
using Vocab.Data;

namespace Vocab.Server.Auth;

/// <summary>
/// Creates the first admin from configuration (<c>Vocab:Admin:UserName</c> and <c>Vocab:Admin:Password</c>, e.g. the
/// environment variables <c>Vocab__Admin__UserName</c> / <c>Vocab__Admin__Password</c>) when that account does not exist.
/// There is no built-in password; without configuration, use <c>vocab users add NAME --role admin</c>.
/// </summary>
internal sealed partial class FirstAdmin(IServiceProvider services, IConfiguration configuration, ILogger<FirstAdmin> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var name = configuration["Vocab:Admin:UserName"];
        var password = configuration["Vocab:Admin:Password"];
        if (string.IsNullOrWhiteSpace(name) || string.IsNullOrEmpty(password))
        {
            return;
        }

        await using var scope = services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<VocabUser>>();
        if (await users.FindByNameAsync(name).ConfigureAwait(false) is not null)
        {
            return;
        }

        var result = await users.CreateAsync(new VocabUser { UserName = name, DisplayName = name, Role = Roles.Admin, CreatedUtc = DateTime.UtcNow }, password).ConfigureAwait(false);
        if (!result.Succeeded)
        {
            throw new InvalidOperationException("cannot create the first admin from Vocab:Admin: " + string.Join("; ", result.Errors.Select(e => e.Description)));
        }

        await scope.ServiceProvider.GetRequiredService<AccountEvents>().RecordAsync(null, "configuration", AccountEvents.Created, name, null, Roles.Admin, cancellationToken).ConfigureAwait(false);
        LogCreated(logger, name);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(LogLevel.Information, "created the first admin account '{Name}' from configuration")]
    private static partial void LogCreated(ILogger logger, string name);
}
