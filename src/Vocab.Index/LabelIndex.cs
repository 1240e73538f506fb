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
            AddConcept(concept, null, bulk: false);
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

    /// <summary>
    /// Files a concept and its labels (<paramref name="prepared"/>: its <see cref="PrepareLabels"/>, when the caller has
    /// it already). In <paramref name="bulk"/> mode the labels only get their slots; the build files them afterwards.
    /// </summary>
    private void AddConcept(Concept concept, PreparedLabel[]? prepared, bool bulk)
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
        prepared ??= PrepareLabels(concept);
        var labels = new int[prepared.Length];
        for (var i = 0; i < prepared.Length; i++)
        {
            labels[i] = AddLabel(conceptId, prepared[i], bulk);
        }

        entry.Labels = labels;
        entry.DefaultDisplay = DisplayLabel(entry, DisplayFallback[0]);
    }

    /// <summary>
    /// A concept's labels in filing order (labels, notations, curated mappings), trimmed, without empty ones, and
    /// normalized. Pure, so a build runs it for all concepts on all cores.
    /// </summary>
    private static PreparedLabel[] PrepareLabels(Concept concept)
    {
        var prepared = new List<PreparedLabel>(concept.Labels.Count + concept.Notations.Count + concept.CuratedLabels.Count);
        foreach (var label in concept.Labels)
        {
            Prepare(label.Text, label.Lang, (LabelRole)label.Kind, prepared);
        }

        foreach (var notation in concept.Notations)
        {
            Prepare(notation, "", LabelRole.Notation, prepared);
        }

        foreach (var mapped in concept.CuratedLabels)
        {
            Prepare(mapped.Text, mapped.Lang, LabelRole.Curated, prepared);
        }

        return [.. prepared];
    }

    private static void Prepare(string raw, string lang, LabelRole role, List<PreparedLabel> prepared)
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
        prepared.Add(new PreparedLabel(
            text, key, folded, lang, role, normalized.Unit, NullIfEmpty(normalized.Initialism), NullIfEmpty(normalized.ParenthesizedAbbreviation)));
    }

    /// <summary>Gives a prepared label a slot and (unless <paramref name="bulk"/>) files it everywhere; returns its id.</summary>
    private int AddLabel(int conceptId, in PreparedLabel label, bool bulk)
    {
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
            Text = label.Text,
            Key = label.Key,
            Folded = label.Folded,
            Lang = label.Lang,
            Concept = conceptId,
            Role = label.Role,
            Unit = label.Unit,
            Initialism = label.Initialism,
            Parenthetical = label.Parenthetical,
            Generation = slot.Generation + 1,
            Alive = true,
        };
        _ranks[id] = SearchRank(label.Role, label.Folded.Length);
        _labelCount++;
        if (!bulk)
        {
            FileKeys(id);
            FileGrams(id, firstTime: false);
            if (PrefixEntry(id) is { } entry)
            {
                _prefixes.Add(entry);
            }
        }

        return id;
    }

    /// <summary>Files a label under its raw text, key and abbreviations (a curated mapping under its own maps only).</summary>
    private void FileKeys(int id)
    {
        ref var slot = ref _labels[id];

        // Curated mappings are matched by normalization only: no search, autocomplete, n-grams or abbreviations.
        if (slot.Role == LabelRole.Curated)
        {
            AddCurated(ref slot, id);
            return;
        }

        _exact.Add(slot.Text, id);
        if (slot.Key.Length > 0)
        {
            _keys.Add(slot.Key, id);
        }

        if (slot.Initialism is { } initialism)
        {
            _initialisms.Add(initialism, id);
        }

        if (slot.Parenthetical is { } abbreviation)
        {
            _parentheticals.Add(abbreviation, id);
        }
    }

    /// <summary>Files a label under its n-grams; <paramref name="firstTime"/> in a fresh build (see <see cref="ShortQueryGrams.Add"/>).</summary>
    private void FileGrams(int id, bool firstTime)
    {
        ref readonly var slot = ref _labels[id];
        if (slot.Role == LabelRole.Curated)
        {
            return;
        }

        Grams.ForIndex(slot.Folded, _gramBuffer);
        foreach (var gram in _gramBuffer)
        {
            if (_grams.Add(gram, id))
            {
                _shortGrams.Add(gram, firstTime);
            }
        }
    }

    /// <summary>The prefix-table entry of a label, or null for a curated mapping or empty folded text.</summary>
    private PrefixTable.Entry? PrefixEntry(int id)
    {
        ref readonly var slot = ref _labels[id];
        return slot.Role == LabelRole.Curated || slot.Folded.Length == 0 ? null : new PrefixTable.Entry(slot.Folded, id, slot.Generation);
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
        (slot.Role == LabelRole.Curated ? _curatedExact : _exact).Remove(slot.Text, id);
        if (slot.Key.Length > 0)
        {
            (slot.Role == LabelRole.Curated ? _curatedKeys : _keys).Remove(slot.Key, id);
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
