using FluentValidation;

namespace Vocab.Server.Web.Curation;

/// <summary>Registers the curation pages' services (FluentValidation's DI package does not restore, so validators are added by hand).</summary>
public static class CurationWebSetup
{
    /// <summary>Adds the page services, the form validator and the message translator.</summary>
    public static IServiceCollection AddVocabCurationPages(this IServiceCollection services)
    {
        services.AddSingleton<CurationPages>();
        services.AddSingleton<ProposalDiff>();
        services.AddSingleton<ProposalTitleText>();
        services.AddSingleton<DashboardData>();
        services.AddSingleton<IssueText>();
        services.AddSingleton<IValidator<ProposeForm>, ProposeFormValidator>();
        return services;
    }
}
