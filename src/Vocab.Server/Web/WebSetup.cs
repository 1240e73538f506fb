using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Net.Http.Headers;
using Vocab.Server.Api.Concepts;
using Vocab.Server.Components;

namespace Vocab.Server.Web;

/// <summary>Registers and maps the Blazor web app: pages, localization, static files and the language switch.</summary>
public static class WebSetup
{
    /// <summary>The UI languages; English is the default.</summary>
    public static readonly IReadOnlyList<string> Cultures = ["en", "ja"];

    /// <summary>The largest message a browser may send the Blazor circuit: a form field's whole value at the curation limit.</summary>
    public const int MaxCircuitMessageBytes = 160 * 1024;

    /// <summary>Adds the web app's services.</summary>
    public static IServiceCollection AddVocabWeb(this IServiceCollection services)
    {
        // Each keystroke sends the whole field; a 20,000-character Japanese comment is ~60 KB of UTF-8 (up to 6 bytes
        // a character as JSON). The 32 KB default would close the circuit, and the form with it, long before the
        // curation limits are reached.
        services.AddRazorComponents().AddInteractiveServerComponents().AddHubOptions(o => o.MaximumReceiveMessageSize = MaxCircuitMessageBytes);

        // AuthorizeRouteView needs these; the account setup adds the real authentication schemes beside them.
        services.AddCascadingAuthenticationState();
        services.AddAuthorization();
        services.AddAntiforgery();
        services.AddLocalization();
        services.Configure<RequestLocalizationOptions>(o =>
        {
            o.SetDefaultCulture(Cultures[0]).AddSupportedCultures([.. Cultures]).AddSupportedUICultures([.. Cultures]);

            // The switch's cookie wins; a first visit follows the browser's languages.
            o.RequestCultureProviders = [new CookieRequestCultureProvider(), new AcceptLanguageHeaderRequestCultureProvider()];
        });

        services.AddSingleton(sp => new WebRootAssets(typeof(WebSetup).Assembly));
        services.AddSingleton(sp => new ConceptLinks(ConceptIris.FromConfiguration(sp.GetRequiredService<IConfiguration>())));
        services.AddSingleton<MarkdownRenderer>();
        services.AddSingleton<LiveUpdates>();
        services.AddSingleton<ConceptPages>();
        services.AddSingleton<BrowseTree>();
        services.AddSingleton<ContentLanguages>();
        services.AddSingleton<SearchPages>();
        Curation.CurationWebSetup.AddVocabCurationPages(services);
        return services;
    }

    /// <summary>Maps the pages, their static files and <c>/culture</c>; call after authentication is set up.</summary>
    public static WebApplication MapVocabWeb(this WebApplication app)
    {
        app.UseRequestLocalization();
        app.Use(async (context, next) =>
        {
            // An async lambda, so the value is this request's only and does not outlive it on a kept-alive connection.
            ContentLanguage.Preferred = ContentLanguage.Parse(context.Request.Cookies[ContentLanguage.CookieName]);
            await next(context).ConfigureAwait(false);
        });
        var assets = app.Services.GetRequiredService<WebRootAssets>();
        app.UseStaticFiles(new StaticFileOptions
        {
            FileProvider = assets,
            ContentTypeProvider = new FileExtensionContentTypeProvider(),
            OnPrepareResponse = context =>
            {
                // Pages link assets with ?v=<build>, so a versioned URL never changes content.
                context.Context.Response.Headers.CacheControl = context.Context.Request.Query.ContainsKey("v")
                    ? "public, max-age=31536000, immutable"
                    : "no-cache";
            },
        });
        app.UseAntiforgery();
        app.MapGet("/culture", SetCulture).ExcludeFromDescription();
        app.MapGet("/content-language", SetContentLanguage).ExcludeFromDescription();
        app.MapRazorComponents<App>().AddInteractiveServerRenderMode();
        return app;
    }

    /// <summary>True for a redirect target on this site: a path, not a scheme or a protocol-relative <c>//host</c>.</summary>
    public static bool IsLocalUrl(string? url) =>
        !string.IsNullOrEmpty(url)
        && url[0] == '/'
        && (url.Length == 1 || (url[1] != '/' && url[1] != '\\'))
        && !url.Any(char.IsControl);

    /// <summary>
    /// A reader's language choice, kept a year: essential (it is what they asked for, not tracking), sent on top-level
    /// navigation from other sites (Lax) so a link into the app opens in their language.
    /// </summary>
    private static CookieOptions RememberedChoice() =>
        new() { Expires = DateTimeOffset.UtcNow.AddYears(1), IsEssential = true, SameSite = Microsoft.AspNetCore.Http.SameSiteMode.Lax, Path = "/" };

    private static Results<RedirectHttpResult, ProblemHttpResult> SetCulture(string? c, string? redirect, HttpContext http)
    {
        if (c is null || !Cultures.Contains(c))
        {
            return TypedResults.Problem(
                detail: $"'c' must be one of {string.Join(", ", Cultures)}", statusCode: StatusCodes.Status400BadRequest, title: "unsupported language");
        }

        http.Response.Cookies.Append(
            CookieRequestCultureProvider.DefaultCookieName,
            CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(CultureInfo.GetCultureInfo(c))),
            RememberedChoice());
        http.Response.Headers[HeaderNames.CacheControl] = "no-store";
        return TypedResults.Redirect(IsLocalUrl(redirect) ? redirect! : "/");
    }

    private static Results<RedirectHttpResult, ProblemHttpResult> SetContentLanguage(string? l, string? redirect, HttpContext http)
    {
        // "auto" (or nothing) forgets the choice: thesaurus text follows the UI language again.
        if (string.IsNullOrEmpty(l) || l == "auto")
        {
            http.Response.Cookies.Delete(ContentLanguage.CookieName, new CookieOptions { Path = "/" });
        }
        else if (ContentLanguage.Parse(l) is { } tag)
        {
            http.Response.Cookies.Append(
                ContentLanguage.CookieName,
                tag,
                RememberedChoice());
        }
        else
        {
            return TypedResults.Problem(
                detail: "'l' must be a language tag such as en, ja or de, or 'auto'", statusCode: StatusCodes.Status400BadRequest, title: "invalid language tag");
        }

        http.Response.Headers[HeaderNames.CacheControl] = "no-store";
        return TypedResults.Redirect(IsLocalUrl(redirect) ? redirect! : "/");
    }
}
