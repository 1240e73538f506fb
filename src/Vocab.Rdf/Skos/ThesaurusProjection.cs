using Vocab.Core;

namespace Vocab.Rdf.Skos;

/// <summary>
/// Builds and incrementally maintains a <see cref="Thesaurus"/> from RDF statements.
/// <para>
/// A concept is a resource typed <c>skos:Concept</c>, nothing else: labels or <c>skos:inScheme</c> on an untyped
/// resource are kept but do not make it a concept, because guessing would turn SKOS-XL label resources, schemes and
/// OWL properties into concepts. OWL classes become concepts through the <see cref="ImportMapper"/>, which derives
/// their <c>rdf:type skos:Concept</c>.
/// </para>
/// <para>
/// Every value keeps a count of the statements asserting it, so <see cref="Remove"/> exactly undoes <see cref="Add"/>,
/// also when one statement sits in two graphs (the graph is ignored) or a fact is asserted from both sides
/// (<c>A skos:broader B</c> and <c>B skos:narrower A</c>). Remove only statements that were added.
/// Not thread-safe: one writer, and no readers while it writes.
/// </para>
/// </summary>
public sealed class ThesaurusProjection
{
    private readonly Thesaurus _thesaurus = new();

    /// <summary>The thesaurus as of the statements applied so far (a live structure, see <see cref="Thesaurus"/>).</summary>
    public Thesaurus Current => _thesaurus;

    /// <summary>The change-log sequence number the applied statements correspond to (set by the caller).</summary>
    public long Sequence
    {
        get => _thesaurus.Sequence;
        set => _thesaurus.Sequence = value;
    }

    /// <summary>Applies one statement.</summary>
    public void Add(in Quad quad) => Apply(quad, 1);

    /// <summary>Undoes one earlier <see cref="Add"/> of the same statement.</summary>
    public void Remove(in Quad quad) => Apply(quad, -1);

    private void Apply(in Quad quad, int delta)
    {
        if (SkosPredicates.KeyOf(quad.Subject) is not { } subjectKey)
        {
            return;
        }

        var subject = delta > 0 ? _thesaurus.GetOrAdd(subjectKey) : _thesaurus.Find(subjectKey);
        if (subject is null)
        {
            return;
        }

        subject.SubjectCount = Math.Max(0, subject.SubjectCount + delta);
        if (SkosPredicates.ByIri.TryGetValue(quad.Predicate.Value, out var predicate))
        {
            ApplySkos(subject, predicate, quad.Obj, delta);
        }

        _thesaurus.ReleaseIfUnused(subject);
    }

    private void ApplySkos(Node subject, SkosPredicate predicate, Term obj, int delta)
    {
        switch (predicate)
        {
            case SkosPredicate.Type:
                ApplyType(subject, obj, delta);
                break;
            case SkosPredicate.PrefLabel or SkosPredicate.AltLabel or SkosPredicate.HiddenLabel:
                if (obj is Literal label)
                {
                    var value = new Label(label.Value, Language(label), SkosPredicates.LabelKindOf(predicate));
                    RefBag<Label>.Change(ref subject.Labels, value, delta);
                }

                break;
            case SkosPredicate.Definition or SkosPredicate.ScopeNote or SkosPredicate.Note or SkosPredicate.Example
                or SkosPredicate.EditorialNote or SkosPredicate.HistoryNote or SkosPredicate.ChangeNote:
                if (obj is Literal note)
                {
                    RefBag<Note>.Change(ref subject.Notes, new Note(SkosPredicates.NoteKindOf(predicate), note.Value, Language(note)), delta);
                }

                break;
            case SkosPredicate.Notation:
                if (obj is Literal notation)
                {
                    RefBag<string>.Change(ref subject.Extras.Notations, notation.Value, delta);
                }

                break;
            case SkosPredicate.MappedLabel:
                if (obj is Literal mapped)
                {
                    RefBag<CuratedLabel>.Change(ref subject.Extras.CuratedLabels, new CuratedLabel(mapped.Value, Language(mapped)), delta);
                }

                break;
            case SkosPredicate.Title:
                if (obj is Literal title)
                {
                    RefBag<Label>.Change(ref subject.Extras.Titles, new Label(title.Value, Language(title), LabelKind.Pref), delta);
                }

                break;
            case SkosPredicate.Deprecated:
                if (SkosPredicates.IsTrue(obj))
                {
                    subject.DeprecatedCount = Math.Max(0, subject.DeprecatedCount + delta);
                }

                break;
            case SkosPredicate.ExactMatch or SkosPredicate.CloseMatch or SkosPredicate.BroadMatch
                or SkosPredicate.NarrowMatch or SkosPredicate.RelatedMatch:
                if (obj is Iri target)
                {
                    RefBag<Mapping>.Change(ref subject.Extras.Mappings, new Mapping(SkosPredicates.MappingKindOf(predicate), target.Value), delta);
                }

                break;
            case SkosPredicate.IsReplacedBy:
                if (SkosPredicates.KeyOf(obj) is { } successor)
                {
                    RefBag<string>.Change(ref subject.Extras.ReplacedBy, Intern(successor), delta);
                }

                break;
            case SkosPredicate.Member:
                if (SkosPredicates.KeyOf(obj) is { } member)
                {
                    RefBag<string>.Change(ref subject.Extras.Members, Intern(member), delta);
                }

                break;
            case SkosPredicate.XlPrefLabel or SkosPredicate.XlAltLabel or SkosPredicate.XlHiddenLabel
                or SkosPredicate.XlLiteralForm:
                SkosXlLabels.Apply(_thesaurus, subject, predicate, obj, delta);
                break;
            default:
                ApplyLink(subject, predicate, obj, delta);
                break;
        }
    }

    private void ApplyType(Node subject, Term obj, int delta)
    {
        if (obj is not Iri type)
        {
            return;
        }

        switch (type.Value)
        {
            case Iris.Skos.Concept:
                subject.ConceptTypes = Math.Max(0, subject.ConceptTypes + delta);
                break;
            case Iris.Skos.ConceptScheme:
                subject.SchemeTypes = Math.Max(0, subject.SchemeTypes + delta);
                break;
            case Iris.Skos.Collection or Iris.Skos.OrderedCollection:
                subject.CollectionTypes = Math.Max(0, subject.CollectionTypes + delta);
                break;
            case Iris.SkosXl.Label:
                subject.XlLabelTypes = Math.Max(0, subject.XlLabelTypes + delta);
                return;
            default:
                return;
        }

        _thesaurus.UpdateKinds(subject);
    }

    /// <summary>Links between two resources, stored on both ends so each side sees the symmetric view.</summary>
    private void ApplyLink(Node subject, SkosPredicate predicate, Term obj, int delta)
    {
        if (SkosPredicates.KeyOf(obj) is not { } objectKey)
        {
            return;
        }

        var target = delta > 0 ? _thesaurus.GetOrAdd(objectKey) : _thesaurus.Find(objectKey);
        if (target is null)
        {
            return;
        }

        var (s, o) = (subject.Key, target.Key);
        switch (predicate)
        {
            case SkosPredicate.Broader:
                RefBag<string>.Change(ref subject.Broader, o, delta);
                RefBag<string>.Change(ref target.Narrower, s, delta);
                break;
            case SkosPredicate.Narrower:
                RefBag<string>.Change(ref subject.Narrower, o, delta);
                RefBag<string>.Change(ref target.Broader, s, delta);
                break;
            case SkosPredicate.Related:
                RefBag<string>.Change(ref subject.Extras.Related, o, delta);
                RefBag<string>.Change(ref target.Extras.Related, s, delta);
                break;
            case SkosPredicate.InScheme:
                RefBag<string>.Change(ref subject.Schemes, o, delta);
                RefBag<string>.Change(ref target.Extras.SchemeMembers, s, delta);
                break;
            case SkosPredicate.TopConceptOf:
                LinkTopConcept(subject, target, delta);
                break;
            case SkosPredicate.HasTopConcept:
                LinkTopConcept(target, subject, delta);
                break;
            default:
                return;
        }

        target.ObjectUses = Math.Max(0, target.ObjectUses + delta);
        _thesaurus.ReleaseIfUnused(target);
    }

    /// <summary>topConceptOf is a sub-property of inScheme, so a top concept is also in the scheme.</summary>
    private static void LinkTopConcept(Node concept, Node scheme, int delta)
    {
        RefBag<string>.Change(ref concept.Schemes, scheme.Key, delta);
        RefBag<string>.Change(ref concept.Extras.TopConceptOf, scheme.Key, delta);
        RefBag<string>.Change(ref scheme.Extras.SchemeMembers, concept.Key, delta);
        RefBag<string>.Change(ref scheme.Extras.TopConcepts, concept.Key, delta);
    }

    private string Language(Literal literal) => literal.Language is { } tag ? _thesaurus.Language(tag) : "";

    /// <summary>Shares the key string of a known resource, so a value repeated on many concepts is stored once.</summary>
    private string Intern(string key) => _thesaurus.Find(key)?.Key ?? key;
}
