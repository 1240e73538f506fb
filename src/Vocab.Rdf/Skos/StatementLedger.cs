using Vocab.Core;

namespace Vocab.Rdf.Skos;

/// <summary>
/// The import mapper's memory of the statements it could derive: fingerprints of those already present (input or
/// derived), which resources have a prefLabel in which language, which label texts a resource has in any kind,
/// which resources have a definition, and the counts the import summary reports.
/// </summary>
internal sealed class StatementLedger
{
    private static readonly Iri PrefLabelIri = new(Iris.Skos.PrefLabel);
    private static readonly Iri AltLabelIri = new(Iris.Skos.AltLabel);
    private static readonly Iri HiddenLabelIri = new(Iris.Skos.HiddenLabel);

    private const int TypeTag = 9;
    private const int DefinitionTag = 10;
    private const int LiteralPart = 100;
    private const int ResourcePart = 101;
    private const int LabelTextPart = 102;
    private const int PrefLanguagePart = 103;
    private const int DefinedPart = 104;

    // One set holds every kind of fact: each fingerprint starts from a different tag, so kinds cannot meet.
    private readonly FingerprintSet _seen = new();
    private readonly Dictionary<string, int[]> _labelCounts = new(StringComparer.Ordinal);

    public int Concepts { get; private set; }

    public List<string> Schemes { get; } = [];

    public static Iri LabelProperty(LabelKind kind) => kind switch
    {
        LabelKind.Pref => PrefLabelIri,
        LabelKind.Alt => AltLabelIri,
        _ => HiddenLabelIri,
    };

    /// <summary>
    /// Notes a statement if it is one the mapper could derive; true when it was not present before.
    /// Other statements are ignored (and reported as not new).
    /// </summary>
    public bool Record(string subject, string predicate, Term obj)
    {
        var tag = TagOf(predicate);
        if (tag == 0 || (tag == TypeTag && obj is not Iri { Value: Iris.Skos.Concept or Iris.Skos.ConceptScheme }))
        {
            return false;
        }

        var subjectHash = Fingerprint.Start(subject);
        if (!_seen.Add(StatementHash(subjectHash, tag, obj)))
        {
            return false;
        }

        switch (tag)
        {
            case TypeTag when obj is Iri { Value: Iris.Skos.Concept }:
                Concepts++;
                break;
            case TypeTag:
                Schemes.Add(subject);
                break;
            case (int)LabelKind.Pref + 1 or (int)LabelKind.Alt + 1 or (int)LabelKind.Hidden + 1 when obj is Literal label:
                CountLabel(subjectHash, (LabelKind)(tag - 1), label);
                break;
            case DefinitionTag:
                _seen.Add(Fingerprint.Finish(Fingerprint.Add(subjectHash, DefinedPart)));
                break;
        }

        return true;
    }

    public bool HasPrefLabel(string subject, string language) =>
        _seen.Contains(PrefLanguageHash(Fingerprint.Start(subject), language));

    /// <summary>True when <paramref name="subject"/> has <paramref name="text"/> as a label of any kind in that language.</summary>
    public bool HasLabelText(string subject, string text, string language) =>
        _seen.Contains(LabelTextHash(Fingerprint.Start(subject), text, language));

    public bool HasDefinition(string subject) =>
        _seen.Contains(Fingerprint.Finish(Fingerprint.Add(Fingerprint.Start(subject), DefinedPart)));

    public IReadOnlyDictionary<string, LabelCounts> LabelCounts() => _labelCounts
        .OrderBy(c => c.Key, StringComparer.Ordinal)
        .ToDictionary(c => c.Key, c => new LabelCounts(c.Value[0], c.Value[1], c.Value[2]), StringComparer.Ordinal);

    /// <summary>Which derivable property a predicate is (labels are their kind plus one), or 0 for any other.</summary>
    private static int TagOf(string predicate) => predicate switch
    {
        Iris.Rdf.Type => TypeTag,
        Iris.Skos.PrefLabel => (int)LabelKind.Pref + 1,
        Iris.Skos.AltLabel => (int)LabelKind.Alt + 1,
        Iris.Skos.HiddenLabel => (int)LabelKind.Hidden + 1,
        Iris.Skos.Definition => DefinitionTag,
        Iris.Skos.Note => 11,
        Iris.Skos.EditorialNote => 12,
        Iris.Skos.Example => 13,
        Iris.Skos.InScheme => 14,
        Iris.Skos.TopConceptOf => 15,
        Iris.Skos.Broader => 16,
        Iris.Dct.IsReplacedBy => 17,
        _ => 0,
    };

    private static ulong StatementHash(ulong subjectHash, int tag, Term obj)
    {
        var hash = Fingerprint.Add(subjectHash, tag);
        hash = obj is Literal literal
            ? Fingerprint.Add(Fingerprint.Add(Fingerprint.Add(hash, LiteralPart), literal.Value), literal.Language ?? "")
            : Fingerprint.Add(Fingerprint.Add(hash, ResourcePart), SkosPredicates.KeyOf(obj) ?? "");
        return Fingerprint.Finish(hash);
    }

    private static ulong LabelTextHash(ulong subjectHash, string text, string language) =>
        Fingerprint.Finish(Fingerprint.Add(Fingerprint.Add(Fingerprint.Add(subjectHash, LabelTextPart), text), language));

    private static ulong PrefLanguageHash(ulong subjectHash, string language) =>
        Fingerprint.Finish(Fingerprint.Add(Fingerprint.Add(subjectHash, PrefLanguagePart), language));

    private void CountLabel(ulong subjectHash, LabelKind kind, Literal label)
    {
        var language = label.Language ?? "";
        if (!_labelCounts.TryGetValue(language, out var counts))
        {
            _labelCounts[language] = counts = new int[3];
        }

        counts[(int)kind]++;
        _seen.Add(LabelTextHash(subjectHash, label.Value, language));
        if (kind == LabelKind.Pref)
        {
            _seen.Add(PrefLanguageHash(subjectHash, language));
        }
    }
}
