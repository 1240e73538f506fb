using System.Net;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Vocab.Data;

namespace Vocab.Server.Tests;

/// <summary>
/// Malformed input, generated from a fixed seed, against the write-capable public endpoints: never a 5xx, and a rejected
/// request records nothing.
/// </summary>
public sealed class FuzzTests(VocabServerFactory factory) : IClassFixture<VocabServerFactory>
{
    private const int Cases = 400;

    private static readonly string[] Fragments =
    [
        "{", "}", "[", "]", "\"labels\"", "\"queries\"", ":", ",", "null", "true", "1e309", "-0", "\"\\u0000\"", "\"\\ud800\"",
        "\"HAADF\"", "\"高角度\"", "\"lang\"", "\"xx-!!\"", "\"scheme\"", "\"limit\"", "-5", "99999999999", "\"q0\"", "\"query\"",
        "\"type\"", "\"properties\"", "\u00ff", "\"", "\\", "<script>", new string('a', 600), "\"source\"", "{\"q0\":{\"query\":", "\t\n",
    ];

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task MalformedBodies_neverA5xx_andRejectedOnesRecordNothing()
    {
        var client = factory.CreateClient();
        var recorder = factory.Services.GetRequiredService<UnmatchedLabelRecorder>();
        var random = new Random(20261121);
        var failures = new List<string>();
        for (var i = 0; i < Cases; i++)
        {
            var body = Body(random);
            await recorder.FlushAsync(Ct);
            var before = await recorder.CountAsync(Ct);
            var (name, response) = (i % 4) switch
            {
                0 => ("normalize", await client.PostAsync("/api/v1/normalize", new StringContent(body, Encoding.UTF8, "application/json"), Ct)),
                1 => ("reconcile json", await client.PostAsync("/reconcile", new StringContent(body, Encoding.UTF8, "application/json"), Ct)),
                2 => ("reconcile form", await client.PostAsync("/reconcile", new FormUrlEncodedContent(new Dictionary<string, string> { ["queries"] = body }), Ct)),
                _ => ("datasets", await client.PostAsync("/api/v1/datasets/normalize?format=" + (random.Next(2) == 0 ? "json" : "csv"), new StringContent(body, Encoding.UTF8, "text/plain"), Ct)),
            };

            if ((int)response.StatusCode >= 500)
            {
                failures.Add($"{name} {(int)response.StatusCode}: {Shorten(body)}");
                continue;
            }

            if (response.StatusCode is HttpStatusCode.BadRequest or HttpStatusCode.RequestEntityTooLarge or HttpStatusCode.UnsupportedMediaType)
            {
                Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
                await recorder.FlushAsync(Ct);
                if (await recorder.CountAsync(Ct) != before)
                {
                    failures.Add($"{name} rejected with {(int)response.StatusCode} but recorded labels: {Shorten(body)}");
                }
            }
        }

        Assert.Empty(failures);
    }

    private static string Body(Random random)
    {
        var builder = new StringBuilder();
        var parts = random.Next(1, 14);
        for (var i = 0; i < parts; i++)
        {
            builder.Append(Fragments[random.Next(Fragments.Length)]);
        }

        return builder.ToString();
    }

    private static string Shorten(string body) => body.Length > 120 ? body[..120] + "…" : body;
}
