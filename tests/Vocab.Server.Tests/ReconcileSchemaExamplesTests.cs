namespace Vocab.Server.Tests;

/// <summary>
/// The schema validator the reconciliation tests rely on accepts the spec's valid examples and rejects its invalid
/// ones, for every schema those tests use; a validator that passes everything would prove nothing.
/// </summary>
public sealed class ReconcileSchemaExamplesTests
{
    [Theory]
    [InlineData("manifest.json", "manifest")]
    [InlineData("reconciliation-result-batch.json", "reconciliation-result-batch")]
    [InlineData("suggest-entities-response.json", "suggest-entities-response")]
    public async Task Schema_spec_examples_valid_pass_and_invalid_fail(string schema, string examples)
    {
        ReconcileSchemaValidator.SkipIfUnavailable();
        var valid = Examples(examples, "valid");
        var invalid = Examples(examples, "invalid");
        Assert.NotEmpty(valid);

        var verdicts = await ReconcileSchemaValidator.ValidateFilesAsync(schema, [.. valid, .. invalid], TestContext.Current.CancellationToken);

        for (var i = 0; i < valid.Count; i++)
        {
            Assert.True(verdicts[i] == "valid", $"{valid[i]}: {verdicts[i]}");
        }

        for (var i = 0; i < invalid.Count; i++)
        {
            Assert.True(verdicts[valid.Count + i].StartsWith("invalid:", StringComparison.Ordinal), $"{invalid[i]}: {verdicts[valid.Count + i]}");
        }
    }

    // The "authentication" examples resolve too: the folder's openapi.json is the Swagger 2.0 schema they refer to by $id.
    private static List<string> Examples(string name, string kind)
    {
        var dir = Path.Combine(ReconcileSchemaValidator.SpecDir, "examples", name, kind);
        return Directory.Exists(dir) ? Directory.GetFiles(dir, "*.json").Order(StringComparer.Ordinal).ToList() : [];
    }
}
