using Vocab.Core;

namespace Vocab.Rdf.Skos;

/// <summary>
/// SKOS-XL labels in the projection: <c>C skosxl:prefLabel X</c> plus <c>X skosxl:literalForm "text"@en</c> gives
/// C the plain label, whichever statement comes first. Each side is reference-counted on the label resource X,
/// and the plain label is added when the pair becomes complete and dropped when either side goes, so it shares
/// the count with an identical plain <c>skos:prefLabel</c> (which the import mapper derives) without doubling it.
/// </summary>
internal static class SkosXlLabels
{
    public static void Apply(Thesaurus thesaurus, Node subject, SkosPredicate predicate, Term obj, int delta)
    {
        if (predicate == SkosPredicate.XlLiteralForm)
        {
            if (obj is Literal form)
            {
                var text = new Label(form.Value, form.Language is { } tag ? thesaurus.Language(tag) : "", LabelKind.Pref);
                if (RefBag<Label>.Change(ref subject.Extras.LiteralForms, text, delta) && subject.More!.XlUses is { } uses)
                {
                    foreach (var use in uses)
                    {
                        if (thesaurus.Find(use.Subject) is { } user)
                        {
                            RefBag<Label>.Change(ref user.Labels, text with { Kind = use.Kind }, delta);
                        }
                    }
                }
            }

            return;
        }

        if (SkosPredicates.KeyOf(obj) is not { } labelKey)
        {
            return;
        }

        var label = delta > 0 ? thesaurus.GetOrAdd(labelKey) : thesaurus.Find(labelKey);
        if (label is null)
        {
            return;
        }

        var kind = SkosPredicates.LabelKindOf(predicate);
        if (RefBag<XlUse>.Change(ref label.Extras.XlUses, new XlUse(subject.Key, kind), delta) && label.More!.LiteralForms is { } forms)
        {
            foreach (var text in forms)
            {
                RefBag<Label>.Change(ref subject.Labels, text with { Kind = kind }, delta);
            }
        }

        label.ObjectUses = Math.Max(0, label.ObjectUses + delta);
        thesaurus.ReleaseIfUnused(label);
    }
}
