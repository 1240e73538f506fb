using System.Globalization;
using Vocab.Index;

namespace Vocab.Bench.Calibration;

/// <summary>Outcome counts of one calibration set, for the engine and for the exact-dictionary baseline.</summary>
internal sealed class Tally(string kind, string lang)
{
    public const string Header =
        "set                  lang       n   correct     wrong   ambig unmatched | baseline correct   wrong";

    public int N { get; private set; }

    public int Correct { get; private set; }

    public int Wrong { get; private set; }

    public int Ambiguous { get; private set; }

    public int Unmatched { get; private set; }

    public int BaseCorrect { get; private set; }

    public int BaseWrong { get; private set; }

    /// <summary>Perturbations left out because they became another concept's label.</summary>
    public int Collided { get; set; }

    /// <summary>Typos left out because they are one edit from another concept's label too (no single right answer).</summary>
    public int Tied { get; private set; }

    /// <summary>Of <see cref="Tied"/>: those the engine nevertheless matched to one concept (a guess, right or not).</summary>
    public int TiedGuessed { get; private set; }

    /// <summary>Counts a tied typo: abstaining is the right answer, a match is a guess.</summary>
    public void ScoreTied(MatchResult result)
    {
        Tied++;
        if (result.Status == MatchStatus.Matched)
        {
            TiedGuessed++;
        }
    }

    /// <summary>Scores one result; <paramref name="expected"/> null marks a negative (any match is wrong).</summary>
    public void Score(MatchResult result, HashSet<string>? expected, string? baseline)
    {
        N++;
        switch (result.Status)
        {
            case MatchStatus.Matched when expected is not null && expected.Contains(result.Best!.ConceptIri):
                Correct++;
                break;
            case MatchStatus.Matched:
                Wrong++;
                break;
            case MatchStatus.Ambiguous:
                Ambiguous++;
                break;
            default:
                Unmatched++;
                break;
        }

        if (baseline is not null)
        {
            if (expected is not null && expected.Contains(baseline))
            {
                BaseCorrect++;
            }
            else
            {
                BaseWrong++;
            }
        }
    }

    /// <summary>Adds another set's counts (the total row); <paramref name="include"/> false skips it.</summary>
    public void Add(Tally other, bool include)
    {
        if (!include)
        {
            return;
        }

        N += other.N;
        Correct += other.Correct;
        Wrong += other.Wrong;
        Ambiguous += other.Ambiguous;
        Unmatched += other.Unmatched;
        BaseCorrect += other.BaseCorrect;
        BaseWrong += other.BaseWrong;
        Collided += other.Collided;
        Tied += other.Tied;
        TiedGuessed += other.TiedGuessed;
    }

    public void Print(string note = "")
    {
        if (note.Length == 0 && Collided > 0)
        {
            note = string.Create(CultureInfo.InvariantCulture, $"{Collided} collided");
        }

        if (Tied > 0)
        {
            note += string.Create(CultureInfo.InvariantCulture, $"; {Tied:N0} tied (engine guessed {TiedGuessed:N0})");
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{kind,-20} {lang,-4} {N,7:N0} {Pct(Correct),8} {Pct(Wrong),8} {Pct(Ambiguous),7} {Pct(Unmatched),9} | {Pct(BaseCorrect),16} {Pct(BaseWrong),7}  {note}"));
    }

    private string Pct(int count) => N == 0 ? "-" : (100.0 * count / N).ToString("F2", CultureInfo.InvariantCulture) + "%";
}
