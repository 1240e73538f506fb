using Microsoft.Extensions.DependencyInjection;

namespace Vocab.Data;

/// <summary>Registers the store and its services.</summary>
public static class VocabDataServiceCollectionExtensions
{
    /// <summary>
    /// Adds <see cref="StoreOptions"/>, <see cref="VocabDatabase"/>, <see cref="VocabStore"/>, <see cref="ImportService"/>,
    /// <see cref="ExportService"/> and <see cref="ThesaurusSnapshotService"/> as singletons and a scoped
    /// <see cref="VocabDbContext"/>. The store opens (and migrates) at first use or at <see cref="VocabStore.OpenAsync"/>.
    /// </summary>
    public static IServiceCollection AddVocabData(this IServiceCollection services, StoreOptions options)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(options);
        services.AddSingleton(options);
        services.AddSingleton(new VocabDatabase(options));
        services.AddSingleton<VocabStore>();
        services.AddSingleton<ImportService>();
        services.AddSingleton<ExportService>();
        services.AddSingleton<ThesaurusSnapshotService>();
        services.AddScoped<VocabDbContext>(sp => sp.GetRequiredService<VocabDatabase>().CreateContext());
        services.AddSingleton<ApiTokenService>();
        services.AddSingleton<SiteSettingsService>();
        services.AddSingleton<AccountEvents>();
        return services;
    }

    /// <summary>
    /// Adds <see cref="CurationService"/> with <paramref name="options"/>, storing proposal titles in <paramref name="englishTitles"/>
    /// (the server's English resources); it uses an <see cref="Core.Curation.ILabelLookup"/> from the container when the host
    /// registers one (the server registers the label index).
    /// </summary>
    public static IServiceCollection AddVocabCuration(this IServiceCollection services, CurationOptions options, ProposalTitleWording englishTitles)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddSingleton(options);
        services.AddSingleton(sp => new CurationService(
            sp.GetRequiredService<VocabDatabase>(),
            sp.GetRequiredService<VocabStore>(),
            sp.GetRequiredService<ThesaurusSnapshotService>(),
            options,
            englishTitles,
            sp.GetService<Core.Curation.ILabelLookup>()));
        return services;
    }
}
