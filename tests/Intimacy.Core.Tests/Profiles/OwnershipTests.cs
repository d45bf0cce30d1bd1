using Intimacy.Core.Profiles;

namespace Intimacy.Core.Tests.Profiles;

public class OwnershipTests
{
    [Theory]
    [InlineData("$.partnerA.safety.fearsPartner", PartnerId.PartnerA, Visibility.Private)]
    [InlineData("$.partnerB.view.sexPerYear", PartnerId.PartnerB, Visibility.Shared)]
    [InlineData("$.partnerB.trust", PartnerId.PartnerB, Visibility.Private)]
    [InlineData("$.partnerA.wellbeingScores.phq9Item9", PartnerId.PartnerA, Visibility.Private)]
    [InlineData("$.partnerA.relationshipScores.csi4", PartnerId.PartnerA, Visibility.Shared)]
    [InlineData("$.partnerA.ageYears", PartnerId.PartnerA, Visibility.Shared)]
    [InlineData("$.partnerB", PartnerId.PartnerB, Visibility.Shared)]
    [InlineData("$.partnerA.somethingElse.x", PartnerId.PartnerA, Visibility.Private)]
    [InlineData("$.partnerAx", PartnerId.PartnerA, Visibility.Private)]
    public void GetOwnership_UsesSectionDefaults(string path, PartnerId owner, Visibility visibility)
    {
        SampleProfiles.OnePartner().GetOwnership(path).Should().Be(new AnswerOwnership(owner, visibility));
    }

    [Fact]
    public void GetOwnership_HonoursAVisibilityTheAnswerSet()
    {
        var profile = CoupleProfileBuilder.Create()
            .WithPartnerA(30, a => a.Safety(s => s with { Visibility = Visibility.Shared }).View(v => v with { Visibility = Visibility.Private }))
            .Build();

        profile.GetOwnership("$.partnerA.safety.fearsPartner").Visibility.Should().Be(Visibility.Shared);
        profile.GetOwnership("$.partnerA.view.criticism").Visibility.Should().Be(Visibility.Private);
    }

    [Fact]
    public void GetOwnership_CoupleFactsAreSharedAndOwnerless()
    {
        SampleProfiles.OnePartner().GetOwnership("$.relationship.lengthYears").Should().Be(new AnswerOwnership(null, Visibility.Shared));
    }

    [Theory]
    [InlineData("$")]
    [InlineData("$.schemaVersion")]
    [InlineData("$.relationship")]
    [InlineData("$.relationship.arrangement")]
    [InlineData("$.hasBothPartners")]
    [InlineData("relationship.lengthYears")]
    public void GetOwnership_ThePathsOfCoupleFacts_AreSharedAndOwnerless(string path)
    {
        SampleProfiles.OnePartner().GetOwnership(path).Should().Be(new AnswerOwnership(null, Visibility.Shared));
    }

    [Theory]
    [InlineData("$.PartnerA.safety.fearsPartner")]
    [InlineData("$['partnerA'].safety.fearsPartner")]
    [InlineData("$.partner.safety.selfHarmThoughts")]
    [InlineData("$.relationshipSafety")]
    [InlineData("$.safety.fearsPartner")]
    [InlineData("")]
    public void GetOwnership_APathItDoesNotRecognise_IsVisibleToNeitherPartner(string path)
    {
        var ownership = SampleProfiles.Full().GetOwnership(path);

        ownership.Visibility.Should().Be(Visibility.Private);
        ownership.IsVisibleTo(PartnerId.PartnerA).Should().BeFalse();
        ownership.IsVisibleTo(PartnerId.PartnerB).Should().BeFalse();
    }

    [Fact]
    public void EverySectionRecord_DefaultsToTheDocumentedVisibility()
    {
        var sections = new IProfileSection[]
        {
            new RelationshipView(), new LifeCircumstances(), new HealthStatus(), new PersonalBarriers(), new TraumaHistory(),
            new TrustBreach(), new Commitment(), new SafetyScreen(), new HelpHistory(), new RelationshipScores(), new WellbeingScores(),
        };
        var names = new[] { "view", "life", "health", "personal", "trauma", "trust", "commitment", "safety", "history", "relationshipScores", "wellbeingScores" };

        for (var i = 0; i < sections.Length; i++)
        {
            sections[i].Visibility.Should().Be(ProfileSections.DefaultVisibility(names[i]), names[i]);
        }

        ProfileSections.DefaultVisibility("safety").Should().Be(Visibility.Private);
        ProfileSections.DefaultVisibility("trauma").Should().Be(Visibility.Private);
        ProfileSections.DefaultVisibility("trust").Should().Be(Visibility.Private);
    }

    [Fact]
    public void GetOwnership_HonoursTheVisibilityOfEachSection_AndOnlyThatSection()
    {
        // Each section in turn turned to the visibility opposite its default, the others present with theirs: the lookup
        // finds a section by a jump over the sections, so a path mapped to the wrong one would read the wrong choice.
        var names = new[] { "view", "life", "health", "personal", "trauma", "trust", "commitment", "safety", "history", "relationshipScores", "wellbeingScores" };
        Visibility Default(string section) => ProfileSections.DefaultVisibility(section)!.Value;
        foreach (var turned in names)
        {
            Visibility V(string section) => section != turned ? Default(section) : Default(section) == Visibility.Private ? Visibility.Shared : Visibility.Private;
            var partner = new PartnerResponse
            {
                AgeYears = 40,
                View = new RelationshipView { Visibility = V("view") },
                Life = new LifeCircumstances { Visibility = V("life") },
                Health = new HealthStatus { Visibility = V("health") },
                Personal = new PersonalBarriers { Visibility = V("personal") },
                Trauma = new TraumaHistory { Visibility = V("trauma") },
                Trust = new TrustBreach { Visibility = V("trust") },
                Commitment = new Commitment { Visibility = V("commitment") },
                Safety = new SafetyScreen { Visibility = V("safety") },
                History = new HelpHistory { Visibility = V("history") },
                RelationshipScores = new RelationshipScores { Visibility = V("relationshipScores") },
                WellbeingScores = new WellbeingScores { Visibility = V("wellbeingScores") },
            };
            var profile = new CoupleProfile { PartnerA = new PartnerResponse { AgeYears = 40 }, PartnerB = partner };

            foreach (var name in names)
            {
                var because = name + " with " + turned + " turned";
                profile.GetOwnership("$.partnerB." + name + ".anything").Should().Be(new AnswerOwnership(PartnerId.PartnerB, V(name)), because);
                profile.GetOwnership("$.partnerA." + name + ".anything").Should().Be(new AnswerOwnership(PartnerId.PartnerA, Default(name)), because);
                partner.VisibilityOf(PartnerResponse.SectionOf(name)).Should().Be(partner.GetSection(name)!.Visibility, because);
            }
        }
    }

    [Fact]
    public void AnswerOwnership_PrivateIsVisibleOnlyToItsOwner()
    {
        var ownership = new AnswerOwnership(PartnerId.PartnerA, Visibility.Private);

        ownership.IsVisibleTo(PartnerId.PartnerA).Should().BeTrue();
        ownership.IsVisibleTo(PartnerId.PartnerB).Should().BeFalse();
    }
}
