namespace Vocab.Data;

/// <summary>How many labels the normalization API resolved, found ambiguous or left unmatched on one UTC day.</summary>
public sealed class NormalizationDay
{
    /// <summary>The day, <c>yyyy-MM-dd</c> (UTC); text so both providers upsert it the same way.</summary>
    public required string Day { get; set; }

    /// <summary>Labels matched.</summary>
    public long Matched { get; set; }

    /// <summary>Labels with several close candidates.</summary>
    public long Ambiguous { get; set; }

    /// <summary>Labels that matched nothing.</summary>
    public long Unmatched { get; set; }
}
