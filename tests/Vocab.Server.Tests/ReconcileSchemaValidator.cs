using System.ComponentModel;
using System.Diagnostics;

namespace Vocab.Server.Tests;

/// <summary>
/// Validates JSON against the Reconciliation API 0.2 JSON Schemas with python3's <c>jsonschema</c>: no JSON Schema
/// validator for .NET restores from this package source (JsonSchema.Net needs JsonPointer.Net, which is not served).
/// </summary>
internal static class ReconcileSchemaValidator
{
    public const string SpecDir = "/work/shared/specs/reconciliation/0.2";

    // The schemas name each other by $id (manifest.json → type.json), so every schema of the folder is registered.
    private const string Script = """
        import json, pathlib, sys
        from jsonschema import Draft7Validator
        from referencing import Registry
        from referencing.jsonschema import DRAFT7
        folder = pathlib.Path(sys.argv[1])
        resources = []
        for path in folder.glob('*.json'):
            schema = json.loads(path.read_text(encoding='utf-8'))
            if isinstance(schema, dict) and '$id' in schema:
                resources.append((schema['$id'], DRAFT7.create_resource(schema)))
        validator = Draft7Validator(json.loads((folder / sys.argv[2]).read_text(encoding='utf-8')), registry=Registry().with_resources(resources))
        for name in sys.argv[3:]:
            try:
                errors = list(validator.iter_errors(json.loads(pathlib.Path(name).read_text(encoding='utf-8'))))
                print('valid' if not errors else 'invalid: ' + ' | '.join(e.message for e in errors).replace('\n', ' ')[:400])
            except Exception as e:
                print('error: ' + type(e).__name__ + ': ' + str(e).replace('\n', ' ')[:400])
        """;

    private static readonly Lazy<string?> Unavailable = new(Probe);

    /// <summary>Skips the calling test, with the reason, when python3, jsonschema or the schemas are missing.</summary>
    public static void SkipIfUnavailable()
    {
        if (Unavailable.Value is { } reason)
        {
            Assert.Skip(reason);
        }
    }

    /// <summary>One verdict per file, in order: <c>valid</c>, <c>invalid: …</c> or <c>error: …</c>.</summary>
    public static async Task<IReadOnlyList<string>> ValidateFilesAsync(string schema, IReadOnlyList<string> files, CancellationToken cancellationToken)
    {
        SkipIfUnavailable();
        var (exit, output, error) = await RunAsync(["-c", Script, Path.Combine(SpecDir, "schemas"), schema, .. files], cancellationToken);
        Assert.True(exit == 0, "validator failed: " + error);
        var verdicts = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(files.Count, verdicts.Length);
        return verdicts;
    }

    /// <summary>Fails the test, with the validator's reasons, unless <paramref name="json"/> is valid against <paramref name="schema"/>.</summary>
    public static async Task AssertValidAsync(string schema, string json, CancellationToken cancellationToken)
    {
        var file = Path.Combine(Path.GetTempPath(), "vocab-reconcile-" + Guid.NewGuid().ToString("N") + ".json");
        await File.WriteAllTextAsync(file, json, cancellationToken);
        try
        {
            var verdict = (await ValidateFilesAsync(schema, [file], cancellationToken))[0];
            Assert.True(verdict == "valid", $"{schema}: {verdict}\n{json}");
        }
        finally
        {
            File.Delete(file);
        }
    }

    private static string? Probe()
    {
        if (!Directory.Exists(Path.Combine(SpecDir, "schemas")))
        {
            return $"the Reconciliation API 0.2 schemas are not at {SpecDir}/schemas";
        }

        try
        {
            var (exit, _, error) = RunAsync(["-c", "import jsonschema, referencing"], CancellationToken.None).GetAwaiter().GetResult();
            return exit == 0 ? null : "python3 has no jsonschema module (pip install jsonschema): " + error.Trim();
        }
        catch (Win32Exception e)
        {
            return "python3 is not installed: " + e.Message;
        }
    }

    private static async Task<(int Exit, string Output, string Error)> RunAsync(IReadOnlyList<string> args, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo("python3")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.Environment["PYTHONIOENCODING"] = "utf-8";
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var error = process.StandardError.ReadToEndAsync(cancellationToken);
        await process.WaitForExitAsync(cancellationToken);
        return (process.ExitCode, await output, await error);
    }
}
