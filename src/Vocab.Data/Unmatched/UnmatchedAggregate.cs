using System.Text.Json;

namespace Vocab.Data;

/// <summary>
/// What one flush knows about one key: counts, time range, samples and sources, merged first from the recorded
/// entries and then with the stored row. The caps keep a noisy key from growing its row without bound.
/// </summary>
internal sealed class UnmatchedAggregate(string key)
{
    public const int MaxSamples = 5;
    public const int MaxSources = 20;

    public string Key { get; } = key;

    public string Status { get; private set; } = "unmatched";

    public long Count { get; private set; }

    public DateTime FirstSeenUtc { get; private set; } = DateTime.MaxValue;

    public DateTime LastSeenUtc { get; private set; } = DateTime.MinValue;

    public List<string> Samples { get; } = [];

    public Dictionary<string, long> Sources { get; } = new(StringComparer.Ordinal);

    public void Add(in UnmatchedObservation observation)
    {
        Count++;
        if (observation.SeenUtc < FirstSeenUtc)
        {
            FirstSeenUtc = observation.SeenUtc;
        }

        if (observation.SeenUtc >= LastSeenUtc)
        {
            // The latest outcome wins: a label that turned ambiguous after a new concept is ambiguous now.
            LastSeenUtc = observation.SeenUtc;
            Status = observation.Status;
        }

        AddSample(observation.Raw);
        AddSource(observation.Source, 1);
    }

    /// <summary>Puts the stored row's samples and sources first, so the earliest forms survive the caps.</summary>
    public void MergeStored(UnmatchedLabel stored)
    {
        var fresh = Samples.ToArray();
        Samples.Clear();
        foreach (var sample in JsonSerializer.Deserialize<string[]>(stored.SamplesJson) ?? [])
        {
            AddSample(sample);
        }

        foreach (var sample in fresh)
        {
            AddSample(sample);
        }

        var freshSources = Sources.ToArray();
        Sources.Clear();
        foreach (var (source, count) in JsonSerializer.Deserialize<Dictionary<string, long>>(stored.SourcesJson) ?? [])
        {
            AddSource(source, count);
        }

        foreach (var (source, count) in freshSources)
        {
            AddSource(source, count);
        }
    }

    public string SamplesJson() => JsonSerializer.Serialize(Samples);

    public string SourcesJson() => JsonSerializer.Serialize(Sources);

    private void AddSample(string raw)
    {
        if (Samples.Count < MaxSamples && !Samples.Contains(raw, StringComparer.Ordinal))
        {
            Samples.Add(raw);
        }
    }

    private void AddSource(string? source, long count)
    {
        if (source is null)
        {
            return;
        }

        if (Sources.TryGetValue(source, out var existing))
        {
            Sources[source] = existing + count;
        }
        else if (Sources.Count < MaxSources)
        {
            Sources[source] = count;
        }
    }
}

/// <summary>One <see cref="UnmatchedLabelRecorder.Record"/> call, as queued.</summary>
internal readonly record struct UnmatchedObservation(string Raw, string Key, string Status, string? Source, DateTime SeenUtc);
