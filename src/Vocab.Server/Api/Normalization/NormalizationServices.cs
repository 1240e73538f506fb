using Vocab.Server.Hosting;

namespace Vocab.Server.Api.Normalization;

/// <summary>Registers the label index service and the limits of the label APIs.</summary>
internal static class NormalizationServices
{
    /// <summary>
    /// Adds <see cref="LabelIndexService"/> as a singleton and a hosted service. Call it after the snapshot follower is
    /// registered: hosted services start in order, so the snapshot is loaded when the index is built.
    /// </summary>
    public static IServiceCollection AddVocabNormalization(this IServiceCollection services)
    {
        services.AddOptions<VocabServerLimits>().BindConfiguration(VocabServerLimits.Section).ValidateDataAnnotations().ValidateOnStart();
        services.ConfigureHttpJsonOptions(o => o.SerializerOptions.TypeInfoResolverChain.Insert(0, NormalizationJsonContext.Default));
        services.AddSingleton<LabelIndexService>();
        services.AddHostedService(sp => sp.GetRequiredService<LabelIndexService>());
        return services;
    }
}
