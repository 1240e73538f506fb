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
            if (!noSeed)
            {
                await session.SeedAsync(onlyIfEmpty: true, cancellationToken);
            }

            return session;
        }
        catch
        {
            await session.DisposeAsync();
            throw;
        }
    }

    /// <summary>Loads the shipped thesaurus (when the log is empty, or always), unless <c>VOCAB_SEED=false</c>; says so on stderr.</summary>
    public async Task SeedAsync(bool onlyIfEmpty, CancellationToken cancellationToken)
    {
        if (!ThesaurusSeeder.EnabledByEnvironment())
        {
            return;
        }

        var seeder = _services.GetRequiredService<ThesaurusSeeder>();
        await ProgressView.RunAsync(
            "seeding the shipped thesaurus",
            progress => onlyIfEmpty
                ? seeder.SeedIfEmptyAsync(ThesaurusSeeder.FindOntologyDirectory(), progress, cancellationToken)
                : seeder.SeedAsync(ThesaurusSeeder.FindOntologyDirectory(), progress, cancellationToken),
            report => report is null ? null : "seeded the shipped thesaurus: " + Reports.ImportLine(report));
    }

    public ValueTask DisposeAsync() => _services.DisposeAsync();
}
