using System.Globalization;
using System.Security.Claims;
using System.Xml.Linq;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Vocab.Data;

namespace Vocab.Server.Tests.Components;

/// <summary>
/// Renders one component to static HTML with ASP.NET Core's own <see cref="HtmlRenderer"/> (bUnit does not restore
/// here) in a given UI culture, and parses the result with <see cref="HtmlTree"/>. Components get their services from
/// <see cref="Light"/> (localization only) or from a test server's container, so pages see the real services.
/// </summary>
public static class ComponentRender
{
    /// <summary>What the presentational components inject: the string localizers, and logging for the renderer.</summary>
    public static IServiceProvider Light { get; } = new ServiceCollection()
        .AddLocalization()
        .AddSingleton<ILoggerFactory>(NullLoggerFactory.Instance)
        .BuildServiceProvider();

    /// <summary>Renders <typeparamref name="T"/> with <paramref name="parameters"/> in <paramref name="culture"/> (e.g. "en-US", "ja-JP").</summary>
    public static Task<XElement> RenderAsync<T>(IServiceProvider services, string culture, IDictionary<string, object?> parameters)
        where T : IComponent =>
        InCultureAsync(culture, async () =>
        {
            await using var scope = services.CreateAsyncScope();
            await using var renderer = new HtmlRenderer(scope.ServiceProvider, scope.ServiceProvider.GetService<ILoggerFactory>() ?? NullLoggerFactory.Instance);
            var html = await renderer.Dispatcher.InvokeAsync(async () =>
                (await renderer.RenderComponentAsync<T>(ParameterView.FromDictionary(parameters))).ToHtmlString());
            return HtmlTree.Parse(html);
        });

    /// <summary>
    /// Renders <typeparamref name="T"/> for <paramref name="user"/> (anonymous when null) under a cascading
    /// <see cref="Task{AuthenticationState}"/> whose principal the app's own claims factory makes, as the sign-in cookie carries.
    /// </summary>
    public static async Task<XElement> RenderAsAsync<T>(IServiceProvider services, VocabUser? user, string culture, IDictionary<string, object?> parameters)
        where T : IComponent
    {
        var principal = new ClaimsPrincipal(new ClaimsIdentity());
        if (user is not null)
        {
            await using var scope = services.CreateAsyncScope();
            principal = await scope.ServiceProvider.GetRequiredService<IUserClaimsPrincipalFactory<VocabUser>>().CreateAsync(user);
        }

        RenderFragment child = builder =>
        {
            builder.OpenComponent<T>(0);
            foreach (var (name, value) in parameters)
            {
                builder.AddComponentParameter(1, name, value);
            }

            builder.CloseComponent();
        };
        return await RenderAsync<CascadingValue<Task<AuthenticationState>>>(services, culture, new Dictionary<string, object?>
        {
            ["Value"] = Task.FromResult(new AuthenticationState(principal)),
            // Fixed: no subscriber set to notify. A page re-rendering on a live update (another test's vote, heard by
            // the activity poll) while the root still sets its parameters would otherwise modify that set mid-walk.
            ["IsFixed"] = true,
            ["ChildContent"] = child,
        });
    }

    /// <summary>Runs <paramref name="action"/> with the current culture and UI culture set to <paramref name="culture"/>, restoring them after.</summary>
    public static async Task<TResult> InCultureAsync<TResult>(string culture, Func<Task<TResult>> action)
    {
        ArgumentNullException.ThrowIfNull(action);
        var (before, beforeUi) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(culture);
        try
        {
            return await action();
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (before, beforeUi);
        }
    }
}
