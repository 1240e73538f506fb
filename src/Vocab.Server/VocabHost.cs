using Microsoft.AspNetCore.HttpOverrides;
using Vocab.Data;
using Vocab.Server.Api;
using Vocab.Server.Api.Curation;
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
        ConfigureLogging(builder);
        options ??= new VocabServerOptions
        {
            Seed = builder.Configuration.GetValue("Vocab:Seed", true) && ThesaurusSeeder.EnabledByEnvironment(),
            FollowInterval = builder.Configuration.GetValue("Vocab:FollowInterval", TimeSpan.FromSeconds(1)),
        };
        options = options with
        {
            Store = options.Store ?? StoreOptions.Parse(builder.Configuration["Vocab:Db"]),

            // Configuration wins over the caller's default (vocab serve passes options without knowing the setting).
            FollowInterval = builder.Configuration.GetValue("Vocab:FollowInterval", options.FollowInterval),
        };
        if (options.Urls is not null)
        {
            builder.WebHost.UseUrls(options.Urls);
        }

        builder.Services.AddSingleton(options);
        builder.Services.AddVocabData(options.Store);
        builder.Services.AddSingleton<ThesaurusSeeder>();
        builder.Services.AddSingleton<SnapshotFollower>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<SnapshotFollower>());
        builder.Services.AddHostedService<ProposalActivityFollower>();
        builder.Services.AddVocabNormalization();
        builder.Services.AddOpenApi();
        builder.Services.AddProblemDetails();
        builder.Services.AddExceptionHandler<ProblemExceptionHandler>();
        builder.Services.AddUnmatchedLabelRecording();
        builder.Services.AddVocabAuth(builder.Configuration);
        builder.Services.AddVocabWeb();
        builder.Services.AddVocabOperations(builder.Configuration);
        TrustProxies(builder);

        var app = builder.Build();
        app.UseForwardedHeaders();
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseVocabOperations();
        app.MapMetrics();
        app.MapHealthApi();
        app.MapChangesApi();
        app.MapConceptsApi();
        app.MapDatasetsApi();
        app.MapUnmatchedApi();
        app.MapProposalsApi();
        app.MapImportApi();
        app.MapReconcileApi();
        app.MapNormalizeApi().MapSearchApi();
        app.MapOpenApi();
        app.MapAccountEndpoints();
        app.MapVocabWeb();
        return app;
    }

    /// <summary>
    /// Logs go to stdout, one JSON object per line (<c>Vocab:Logging:Format=json</c>, the default outside Development) with
    /// the request id in each request's scope, or as plain text. Framework chatter starts at Warning; the defaults sit
    /// under every other configuration source, so <c>Logging__LogLevel__…</c> environment variables still decide.
    /// </summary>
    private static void ConfigureLogging(WebApplicationBuilder builder)
    {
        builder.Configuration.Sources.Insert(0, new Microsoft.Extensions.Configuration.Memory.MemoryConfigurationSource
        {
            InitialData = new Dictionary<string, string?>
            {
                ["Logging:LogLevel:Default"] = "Information",
                ["Logging:LogLevel:Microsoft.AspNetCore"] = "Warning",
                ["Logging:LogLevel:Microsoft.EntityFrameworkCore"] = "Warning",
            },
        });
        var format = builder.Configuration["Vocab:Logging:Format"] ?? (builder.Environment.IsDevelopment() ? "text" : "json");
        builder.Logging.ClearProviders();
        if (format.Equals("json", StringComparison.OrdinalIgnoreCase))
        {
            builder.Logging.AddJsonConsole(o =>
            {
                o.IncludeScopes = true;
                o.UseUtcTimestamp = true;
                o.TimestampFormat = "yyyy-MM-ddTHH:mm:ss.fffZ";
            });
        }
        else
        {
            builder.Logging.AddSimpleConsole(o =>
            {
                o.IncludeScopes = true;
                o.SingleLine = true;
                o.TimestampFormat = "HH:mm:ss.fff ";
            });
        }
    }

    /// <summary>
    /// Behind a reverse proxy the client's address (for the per-IP rate limit and the logs) and scheme come from
    /// <c>X-Forwarded-For</c>/<c>X-Forwarded-Proto</c>, taken only from trusted proxies: loopback (a proxy on the same host)
    /// (unless <c>Vocab:Proxy:TrustLoopback=false</c>) and those listed in <c>Vocab:Proxy:KnownProxies</c> (addresses) and
    /// <c>Vocab:Proxy:KnownNetworks</c> (CIDR), comma-separated.
    /// From anyone else the headers are ignored, so a client cannot choose its own rate-limit bucket.
    /// </summary>
    private static void TrustProxies(WebApplicationBuilder builder)
    {
        // Parsed now, so a typo stops the start with a clear message instead of failing the first request.
        var proxies = List("Vocab:Proxy:KnownProxies").Select(a => System.Net.IPAddress.TryParse(a, out var ip)
            ? ip : throw new InvalidOperationException($"Vocab:Proxy:KnownProxies: '{a}' is not an IP address")).ToList();
        var networks = List("Vocab:Proxy:KnownNetworks").Select(n => System.Net.IPNetwork.TryParse(n, out var net)
            ? net : throw new InvalidOperationException($"Vocab:Proxy:KnownNetworks: '{n}' is not a CIDR network (10.0.0.0/8)")).ToList();
        builder.Services.Configure<ForwardedHeadersOptions>(options =>
        {
            options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            if (!builder.Configuration.GetValue("Vocab:Proxy:TrustLoopback", true))
            {
                options.KnownProxies.Clear();
                options.KnownIPNetworks.Clear();
            }

            proxies.ForEach(options.KnownProxies.Add);
            networks.ForEach(options.KnownIPNetworks.Add);
        });

        string[] List(string key) => (builder.Configuration[key] ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
    }
}
