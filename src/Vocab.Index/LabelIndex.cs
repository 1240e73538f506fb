using Vocab.Core;
using Vocab.Core.Normalization;

namespace Vocab.Index;

/// <summary>
/// The in-memory label index: every label of every non-deprecated concept (pref, alt, hidden, notation) in every
/// language, filed by raw text, by normalized key, by abbreviation and by character n-grams, plus a sorted table
/// of folded labels for prefix search. It serves <see cref="Match"/>, <see cref="Search"/> and
/// <see cref="Autocomplete"/>.
/// <para>
/// Concurrency: any number of readers run beside one writer. A <see cref="ReaderWriterLockSlim"/> guards the
/// structures; readers share it (uncontended, entering costs tens of nanoseconds) and an <see cref="Update"/> or
/// <see cref="Remove"/> holds it exclusively while one concept is re-indexed (tens of microseconds on EDICT, a few
/// milliseconds when the prefix table folds in its pending changes). Copy-on-write posting lists would make reads
/// lock-free, but would copy every long n-gram list on each change and double the memory of a million-label
/// index, so a lock is the better trade here. Reads never touch the live <see cref="Thesaurus"/>: the index keeps
/// its own copy of what it shows.
/// </para>
/// </summary>
public sealed partial class LabelIndex : IDisposable
{
    private static readonly string[] DisplayFallback = ["en", "ja"];

    private readonly ReaderWriterLockSlim _lock = new(LockRecursionPolicy.NoRecursion);
    private readonly Dictionary<string, int> _conceptIds = new(StringComparer.Ordinal);
    private readonly List<ConceptEntry?> _concepts = [];
    private readonly Stack<int> _freeConcepts = new();
    private readonly Dictionary<string, int> _schemeIds = new(StringComparer.Ordinal);
    private readonly Stack<int> _freeLabels = new();
    private readonly PostingMap<string> _exact = new(StringComparer.Ordinal);
    private readonly PostingMap<string> _keys = new(StringComparer.Ordinal);
    private readonly PostingMap<string> _initialisms = new(StringComparer.Ordinal);
    private readonly PostingMap<string> _parentheticals = new(StringComparer.Ordinal);
    private readonly PostingMap<ulong> _grams = new();
    private readonly PrefixTable _prefixes = new();
    private readonly ShortQueryGrams _shortGrams = new();
    private readonly List<ulong> _gramBuffer = [];
    private LabelSlot[] _labels = new LabelSlot[64];
    private int[] _ranks = new int[64];
    private int _labelHighWater;
    private int _labelCount;

    private LabelIndex()
    {
    }

    /// <summary>Indexed (non-deprecated) concepts.</summary>
    public int ConceptCount => _conceptIds.Count;

    /// <summary>Indexed labels.</summary>
    public int LabelCount => _labelCount;

    /// <summary>Builds the index over every non-deprecated concept of <paramref name="thesaurus"/>.</summary>
    public static LabelIndex Build(Thesaurus thesaurus)
    {
        ArgumentNullException.ThrowIfNull(thesaurus);
        var index = new LabelIndex();
        index._labels = new LabelSlot[Math.Max(64, thesaurus.Concepts.Count * 4)];
        index._ranks = new int[index._labels.Length];
        var prefixes = new List<PrefixTable.Entry>(index._labels.Length);
        foreach (var concept in thesaurus.Concepts.Values)
        {
            index.AddConcept(concept, prefixes);
        }

        index._prefixes.Load([.. prefixes]);
        return index;
    }

    /// <summary>
    /// Re-indexes one concept from its current state (removing it when it is deprecated). The caller must not change
    /// the thesaurus while this runs (the projection's single writer calls it after applying a change).
    /// </summary>
    public void Update(Concept concept)
    {
        ArgumentNullException.ThrowIfNull(concept);
        _lock.EnterWriteLock();
        try
        {
            InvalidateResults();
            RemoveConcept(concept.Iri);
            AddConcept(concept, null);
        }
        finally
        {
            _lock.ExitWriteLock();
        }
    }

    /// <summary>Drops a concept and its labels; true when it was indexed.</summary>
    public bool Remove(string iri)
    {
        ArgumentNullException.ThrowIfNull(iri);
        _lock.EnterWriteLock();
        try
        {
            InvalidateResults();
            return RemoveConcept(iri);
        }
        finally
        {
            _lock.ExitWriteLock();
        }
    }

    /// <inheritdoc />
    public void Dispose() => _lock.Dispose();

    private void AddConcept(Concept concept, List<PrefixTable.Entry>? bulk)
    {
        if (concept.Deprecated)
        {
            return;
        }

        var schemes = new int[concept.Schemes.Count];
        var s = 0;
        foreach (var scheme in concept.Schemes)
        {
            if (!_schemeIds.TryGetValue(scheme, out var id))
            {
                _schemeIds.Add(scheme, id = _schemeIds.Count);
            }

            schemes[s++] = id;
        }

        string[] broader = concept.Broader.Count == 0 ? [] : [.. concept.Broader];
        var entry = new ConceptEntry(concept.Iri, schemes, broader, []);
        int conceptId;
        if (_freeConcepts.Count > 0)
        {
            conceptId = _freeConcepts.Pop();
            _concepts[conceptId] = entry;
        }
        else
        {
            conceptId = _concepts.Count;
            _concepts.Add(entry);
        }

        _conceptIds.Add(concept.Iri, conceptId);
        var labels = new List<int>(concept.Labels.Count + concept.Notations.Count);
        foreach (var label in concept.Labels)
        {
            AddLabel(conceptId, label.Text, label.Lang, (LabelRole)label.Kind, labels, bulk);
        }

        foreach (var notation in concept.Notations)
        {
            AddLabel(conceptId, notation, "", LabelRole.Notation, labels, bulk);
        }

        entry.Labels = [.. labels];
        entry.DefaultDisplay = DisplayLabel(entry, DisplayFallback[0]);
    }

    private void AddLabel(int conceptId, string raw, string lang, LabelRole role, List<int> labels, List<PrefixTable.Entry>? bulk)
    {
        var text = raw.Trim();
        if (text.Length == 0)
        {
            return;
        }

        var normalized = LabelNormalizer.Normalize(text);
        var key = string.Equals(normalized.Key, text, StringComparison.Ordinal) ? text : normalized.Key;
        var foldedText = LabelNormalizer.FoldCharacters(text);
        var folded = string.Equals(foldedText, key, StringComparison.Ordinal) ? key : foldedText;

        int id;
        if (_freeLabels.Count > 0)
        {
            id = _freeLabels.Pop();
        }
        else
        {
            if (_labelHighWater == _labels.Length)
            {
                Array.Resize(ref _labels, _labels.Length * 2);
                Array.Resize(ref _ranks, _labels.Length);
            }

            id = _labelHighWater++;
        }

        ref var slot = ref _labels[id];
        slot = new LabelSlot
        {
            Text = text,
            Key = key,
            Folded = folded,
            Lang = lang,
            Concept = conceptId,
            Role = role,
            Unit = normalized.Unit,
            Initialism = NullIfEmpty(normalized.Initialism),
            Parenthetical = NullIfEmpty(normalized.ParenthesizedAbbreviation),
            Generation = slot.Generation + 1,
            Alive = true,
        };
        _ranks[id] = SearchRank(role, folded.Length);
        _labelCount++;
        labels.Add(id);

        _exact.Add(text, id);
        if (key.Length > 0)
        {
            _keys.Add(key, id);
        }

        if (slot.Initialism is { } initialism)
        {
            _initialisms.Add(initialism, id);
        }

        if (slot.Parenthetical is { } abbreviation)
        {
            _parentheticals.Add(abbreviation, id);
        }

        Grams.ForIndex(folded, _gramBuffer);
        foreach (var gram in _gramBuffer)
        {
            if (_grams.Add(gram, id))
            {
                _shortGrams.Add(gram);
            }
        }

        if (folded.Length > 0)
        {
            var entry = new PrefixTable.Entry(folded, id, slot.Generation);
            if (bulk is not null)
            {
                bulk.Add(entry);
            }
            else
            {
                _prefixes.Add(entry);
            }
        }
    }

    private static string? NullIfEmpty(string? value) => string.IsNullOrEmpty(value) ? null : value;

    private bool RemoveConcept(string iri)
    {
        if (!_conceptIds.Remove(iri, out var conceptId))
        {
            return false;
        }

        foreach (var id in _concepts[conceptId]!.Labels)
        {
            RemoveLabel(id);
        }

        _concepts[conceptId] = null;
        _freeConcepts.Push(conceptId);
        return true;
    }

    private void RemoveLabel(int id)
    {
        ref var slot = ref _labels[id];
        _exact.Remove(slot.Text, id);
        if (slot.Key.Length > 0)
        {
            _keys.Remove(slot.Key, id);
        }

        if (slot.Initialism is { } initialism)
        {
            _initialisms.Remove(initialism, id);
        }

        if (slot.Parenthetical is { } abbreviation)
        {
            _parentheticals.Remove(abbreviation, id);
        }

        Grams.ForIndex(slot.Folded, _gramBuffer);
        foreach (var gram in _gramBuffer)
        {
            _grams.Remove(gram, id);
        }

        if (slot.Folded.Length > 0)
        {
            _prefixes.Remove(new PrefixTable.Entry(slot.Folded, id, slot.Generation));
        }

        slot.Alive = false;
        _ranks[id] = -1;
        _labelCount--;
        _freeLabels.Push(id);
    }
}
