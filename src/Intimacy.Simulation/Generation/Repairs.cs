using Intimacy.Core.Profiles;
using Intimacy.Simulation.Scenarios;

namespace Intimacy.Simulation.Generation;

/// <summary>
/// The last step before a partner's values become a profile: brings answers that are drawn
/// independently into line with the validator's rules about combinations (a part never exceeds
/// its whole; no wish for less sex than none; an IIEF-5 below 5 only without sexual activity).
/// </summary>
/// <remarks>
/// <para>
/// A PHQ-2 or GAD-2 above its total is lowered to the total. The two are drawn independently, so among
/// respondents carrying both instruments the sub-score's distribution is lower than declared (documented,
/// with figures, in docs/scenario-format.md); respondents without the total are unaffected. A PHQ-9 item 9
/// above the total raises the total instead, so the item's share above 0 stays as declared.
/// </para>
/// Follow-up questions (trust details, treated pain, self-help details, self-harm plans, violence
/// details, new parent) need no repair: they are only drawn when the question they follow is true.
/// </remarks>
internal sealed class Repairs
{
    private readonly int _phq2 = Slot("wellbeingScores.phq2");
    private readonly int _phq9 = Slot("wellbeingScores.phq9");
    private readonly int _phq9Item9 = Slot("wellbeingScores.phq9Item9");
    private readonly int _gad2 = Slot("wellbeingScores.gad2");
    private readonly int _gad7 = Slot("wellbeingScores.gad7");
    private readonly int _iief5 = Slot("wellbeingScores.iief5");
    private readonly int _iief5Active = Slot("wellbeingScores.iief5SexuallyActive");
    private readonly int _sexPerYear = Slot("view.sexPerYear");
    private readonly int _feeling = Slot("view.sexFrequencyFeeling");

    public void Apply(double[] v)
    {
        // NaN compares false, so an unknown on either side leaves the answer as drawn. Item 9 above the
        // total raises the total rather than lowering item 9: any answer above 0 there is a suicide-risk
        // signal, and lowering it to a total of 0 would erase it.
        if (v[_phq9Item9] > v[_phq9])
        {
            v[_phq9] = v[_phq9Item9];
        }

        if (v[_phq2] > v[_phq9])
        {
            v[_phq2] = v[_phq9];
        }

        if (v[_gad2] > v[_gad7])
        {
            v[_gad2] = v[_gad7];
        }

        if (v[_iief5Active] == 1 && v[_iief5] < 5)
        {
            v[_iief5] = 5;
        }

        if (v[_sexPerYear] == 0 && v[_feeling] == (int)SexFrequencyFeeling.WantsLess)
        {
            v[_feeling] = (int)SexFrequencyFeeling.Content;
        }
    }

    private static int Slot(string path) => ProfileField.Catalog.Get(path).Slot;
}
