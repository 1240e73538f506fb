using Microsoft.Extensions.DependencyInjection;
using Vocab.Data;

namespace Vocab.Cli;

/// <summary>
/// The store a verb works on: opened (and migrated) from <c>--db</c>, seeded with the shipped thesaurus when it is
/// empty and seeding is not switched off.
/// </summary>
internal sealed class StoreSession : IAsyncDisposable
{
    private readonly ServiceProvider _services;

    private StoreSession(ServiceProvider services) => _services = services;

    public VocabStore Store => _services.GetRequiredService<VocabStore>();

    public ImportService Import => _services.GetRequiredService<ImportService>();

    public ExportService Export => _services.GetRequiredService<ExportService>();

    public ThesaurusSnapshotService Snapshot => _services.GetRequiredService<ThesaurusSnapshotService>();

    public StoreOptions Options => _services.GetRequiredService<StoreOptions>();

    public static async Task<StoreSession> OpenAsync(string? db, bool noSeed, CancellationToken cancellationToken)
    {
        var options = StoreOptions.Parse(db);
        var services = new ServiceCollection().AddVocabData(options).AddSingleton<ThesaurusSeeder>().BuildServiceProvider();
        var session = new StoreSession(services);
        try
        {
            await session.Store.OpenAsync(cancellationToken);
            if (!noSeed && ThesaurusSeeder.EnabledByEnvironment())
            {
                await ProgressView.RunAsync(
                    "seeding the shipped thesaurus",
                    progress => services.GetRequiredService<ThesaurusSeeder>()
                        .SeedIfEmptyAsync(ThesaurusSeeder.FindOntologyDirectory(), progress, cancellationToken),
                    report => report is null ? null : Reports.ImportLine(report));
            }

            return session;
        }
        catch
        {
            await session.DisposeAsync();
            throw;
        }
    }

    public ValueTask DisposeAsync() => _services.DisposeAsync();
}
