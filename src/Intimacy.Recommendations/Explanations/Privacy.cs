using Intimacy.Core.Plans;
using Intimacy.Core.Profiles;

namespace Intimacy.Recommendations.Explanations;

/// <summary>Derives who may see something from the answers it rests on.</summary>
public static class Privacy
{
    /// <summary>
    /// The disclosure of something resting on all of <paramref name="inputPaths"/>: visible to a
    /// partner only if every input is visible to that partner.
    /// </summary>
    /// <param name="profile">The profile the paths point into.</param>
    /// <param name="inputPaths">The JSON paths of the inputs.</param>
    /// <returns>The disclosure.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="profile"/> or <paramref name="inputPaths"/> is null.</exception>
    public static Disclosure Of(CoupleProfile profile, IReadOnlyList<string> inputPaths)
    {
        ArgumentNullException.ThrowIfNull(profile);
        ArgumentNullException.ThrowIfNull(inputPaths);
        var disclosure = Disclosure.Shared;
        var count = inputPaths.Count;
        for (var i = 0; i < count; i++)
        {
            var ownership = profile.GetOwnership(inputPaths[i]);
            if (ownership.Visibility == Visibility.Private)
            {
                // A private path without an owner is one the profile does not have: visible to neither partner.
                disclosure = disclosure.Intersect(ownership.Owner is { } owner ? Disclosure.PrivateTo(owner) : Disclosure.ClinicianOnly);
                if (disclosure == Disclosure.ClinicianOnly)
                {
                    // Nothing narrower exists: the remaining inputs cannot change the answer.
                    break;
                }
            }
        }

        return disclosure;
    }

    /// <summary>The disclosure of something visible wherever any of the given parts is visible.</summary>
    /// <param name="parts">The disclosures of the parts.</param>
    /// <returns>The union.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="parts"/> is null.</exception>
    public static Disclosure Union(IEnumerable<Disclosure> parts)
    {
        ArgumentNullException.ThrowIfNull(parts);
        bool a = false, b = false;
        foreach (var part in parts)
        {
            a |= part.PartnerA;
            b |= part.PartnerB;
        }

        return new Disclosure(a, b);
    }

    /// <summary>
    /// Like <see cref="Union"/>, but never turns parts private to different partners into something
    /// shared: the couple sees it only if some part is shared, and parts visible to partner A alone
    /// and to partner B alone leave it to the clinician, since no view can show it to each partner
    /// apart without the couple view implying it is shared.
    /// </summary>
    internal static Disclosure Either(ReadOnlySpan<Disclosure> parts)
    {
        bool a = false, b = false;
        foreach (var part in parts)
        {
            if (part.IsShared)
            {
                return Disclosure.Shared;
            }

            a |= part.PartnerA;
            b |= part.PartnerB;
        }

        return a && b ? Disclosure.ClinicianOnly : new Disclosure(a, b);
    }
}
