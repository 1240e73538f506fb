using System.Diagnostics;

namespace Vocab.Bench;

/// <summary>Runs Debian's <c>rapper</c> (raptor2-utils) as the C baseline: <c>rapper -c</c> parses and counts only.</summary>
internal static class Rapper
{
    private static readonly string[] Locations = ["/usr/bin/rapper", "/usr/local/bin/rapper"];

    public static string? Find() => Locations.FirstOrDefault(File.Exists);

    public static long Count(string rapper, string syntax, string path)
    {
        var psi = new ProcessStartInfo(rapper, ["-c", "-i", syntax, path])
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
        };
        using var p = Process.Start(psi)!;
        var err = p.StandardError.ReadToEnd();
        var output = p.StandardOutput.ReadToEnd();
        p.WaitForExit();
        // rapper -c prints "rapper: Parsing returned N triples" on stderr (-q would drop it).
        var text = err + output;
        var marker = "returned ";
        var i = text.IndexOf(marker, StringComparison.Ordinal);
        if (p.ExitCode != 0 || i < 0)
        {
            throw new InvalidOperationException("rapper failed: " + text);
        }

        var digits = new string(text[(i + marker.Length)..].TakeWhile(char.IsDigit).ToArray());
        return long.Parse(digits, System.Globalization.CultureInfo.InvariantCulture);
    }
}
