using Vocab.Data;
using Vocab.Server.Api;
using Vocab.Server.Api.Normalization;
using Vocab.Server.Auth;
using Vocab.Server.Hosting;
using Vocab.Server.Operations;
using Vocab.Server.Web;

namespace Vocab.Server;

/// <summary>Builds the ASP.NET Core host that <c>vocab serve</c> and the tests start.</summary>
public static class VocabHost
{
    /// <summary>Creates the web application with every Vocab service and endpoint registered.</summary>
    public static WebApplication Build(string[] args, VocabServerOptions? options = null)
    {
        var builder = WebApplication.CreateBuilder(args);
        options ??= new VocabServerOptions
        {
            Seed = builder.Configuration.GetValue("Vocab:Seed", true) && ThesaurusSeeder.EnabledByEnvironment(),
            FollowInterval = builder.Configuration.GetValue("Vocab:FollowInterval", TimeSpan.FromSeconds(1)),
        };
        options = options with { Store = options.Store ?? StoreOptions.Parse(builder.Configuration["Vocab:Db"]) };
        if (options.Urls is not null)
        {
            builder.WebHost.UseUrls(options.Urls);
        }

        builder.Services.AddSingleton(options);
        builder.Services.AddVocabData(options.Store);
        builder.Services.AddSingleton<ThesaurusSeeder>();
        builder.Services.AddSingleton<SnapshotFollower>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<SnapshotFollower>());
        builder.Services.AddVocabNormalization();
        builder.Services.AddOpenApi();
        builder.Services.AddProblemDetails();
        builder.Services.AddExceptionHandler<ProblemExceptionHandler>();
        builder.Services.AddUnmatchedLabelRecording();
        builder.Services.AddVocabAuth(builder.Configuration);
        builder.Services.AddVocabWeb();
        builder.Services.AddVocabOperations(builder.Configuration);

        var app = builder.Build();
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseVocabOperations();
        app.MapMetrics();
        app.MapHealthApi();
        app.MapChangesApi();
        app.MapConceptsApi();
        app.MapDatasetsApi();
        app.MapUnmatchedApi();
        app.MapReconcileApi();
        app.MapNormalizeApi().MapSearchApi();
        app.MapOpenApi();
        app.MapAccountEndpoints();
        app.MapVocabWeb();
        return app;
    }
}
