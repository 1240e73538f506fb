using System.ComponentModel.DataAnnotations;

namespace Vocab.Server;

/// <summary>
/// Request limits of the label APIs, bound from <c>Vocab:Limits</c>. A request over a limit is answered with
/// problem JSON (400, or 413 for a batch that is too large), never served partly.
/// </summary>
public sealed class VocabServerLimits
{
    /// <summary>The configuration section.</summary>
    public const string Section = "Vocab:Limits";

    /// <summary>Labels in one normalization request at most.</summary>
    [Range(1, 1_000_000)]
    public int MaxBatch { get; set; } = 10_000;

    /// <summary>Characters in one label or query at most.</summary>
    [Range(1, 100_000)]
    public int MaxLabelLength { get; set; } = 500;

    /// <summary>The largest <c>limit</c> (candidates or hits) a caller may ask for.</summary>
    [Range(1, 10_000)]
    public int MaxLimit { get; set; } = 50;

    /// <summary>Bytes in one <c>POST /api/v1/import</c> document at most (default 256 MB).</summary>
    [Range(1, long.MaxValue)]
    public long MaxImportBytes { get; set; } = 256L * 1024 * 1024;
}
