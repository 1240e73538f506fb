using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using Vocab.Core.Curation;

namespace Vocab.Server.Tests;

/// <summary>Two server processes given one data-protection key ring accept each other's sign-in cookies.</summary>
public sealed class KeyRingTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("vocab-keyring-").FullName;
    private readonly TestStore _store = TestStore.Create("vocab-keyring");

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public void Dispose()
    {
        _store.Dispose();
        Directory.Delete(_dir, recursive: true);
    }

    [Theory]
    [InlineData(true, HttpStatusCode.OK)]
    [InlineData(false, HttpStatusCode.Redirect)]
    public async Task CookieFromA_onB_acceptedOnlyWithASharedKeyRing(bool shared, HttpStatusCode expected)
    {
        using var a = Replica(Path.Combine(_dir, "keys-a"));
        using var b = Replica(Path.Combine(_dir, shared ? "keys-a" : "keys-b"));
        var user = await a.CreateUserAsync(Roles.Contributor);
        var clientA = a.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var signIn = await clientA.PostAsync("/Account/Login", await ServerAuth.LoginFormAsync(clientA, user.UserName!, ServerAuth.Password), Ct);
        var cookie = signIn.Headers.GetValues("Set-Cookie").First(c => c.StartsWith("vocab.auth=", StringComparison.Ordinal)).Split(';')[0];

        var clientB = b.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        var request = new HttpRequestMessage(HttpMethod.Get, "/account/tokens");
        request.Headers.Add("Cookie", cookie);

        Assert.Equal(expected, (await clientB.SendAsync(request, Ct)).StatusCode);
    }

    private ConfiguredServer Replica(string keys) =>
        new(_store.Db, new Dictionary<string, string> { ["Vocab:DataProtection:KeysPath"] = keys });
}
