namespace Vocab.Core.Checks;

/// <summary>Collects findings per code, counting all of them but listing at most the configured number.</summary>
internal sealed class FindingSink(int maxPerCode)
{
    private readonly Dictionary<string, List<Finding>> _listed = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _counts = new(StringComparer.Ordinal);

    public void Report(string code, string subject, string message)
    {
        _counts.TryGetValue(code, out var count);
        _counts[code] = count + 1;
        if (count >= maxPerCode)
        {
            return;
        }

        if (!_listed.TryGetValue(code, out var list))
        {
            _listed[code] = list = [];
        }

        list.Add(new Finding(code, FindingCodes.SeverityOf(code), subject, message));
    }

    public QualityReport ToReport(int concepts)
    {
        var findings = new List<Finding>();
        var summary = new List<CodeSummary>();
        foreach (var (code, severity, description) in FindingCodes.All)
        {
            _counts.TryGetValue(code, out var count);
            var listed = _listed.GetValueOrDefault(code);
            if (listed is not null)
            {
                findings.AddRange(listed);
            }

            summary.Add(new CodeSummary(code, severity, count, listed?.Count ?? 0, description));
        }

        return new QualityReport(concepts, findings, summary);
    }
}
