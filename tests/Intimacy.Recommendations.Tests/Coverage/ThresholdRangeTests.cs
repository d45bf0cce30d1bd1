using System.Globalization;
using Intimacy.Recommendations.Options;

namespace Intimacy.Recommendations.Tests.Coverage;

/// <summary>
/// A threshold outside its accepted range is rejected where it is set (property or <see cref="RecommendationOptions.SetThreshold"/>),
/// naming the threshold and the range from <see cref="RecommendationOptions.Thresholds"/> but never the value.
/// </summary>
public class ThresholdRangeTests
{
    private const double Telltale = -98765.4321;

    public static TheoryData<string> Names => [.. RecommendationOptions.Thresholds.Select(d => d.Name)];

    [Theory]
    [MemberData(nameof(Names))]
    public void FindThreshold_FindsEachInAnyCase_AndAcceptsWhatTheSetterAccepts(string name)
    {
        var descriptor = RecommendationOptions.Thresholds.Single(d => d.Name == name);

        RecommendationOptions.FindThreshold(name.ToUpperInvariant()).Should().BeSameAs(descriptor);
        RecommendationOptions.FindThreshold(name.ToLowerInvariant()).Should().BeSameAs(descriptor);
        foreach (var value in new[] { descriptor.Minimum, descriptor.DefaultValue, descriptor.Maximum })
        {
            descriptor.Accepts(value).Should().BeTrue();
            new RecommendationOptions().Invoking(o => o.SetThreshold(name, value)).Should().NotThrow();
        }

        foreach (var value in new[] { double.NaN, double.NegativeInfinity, double.PositiveInfinity, descriptor.Minimum - 0.001, descriptor.Maximum + 0.001 })
        {
            descriptor.Accepts(value).Should().BeFalse();
            new RecommendationOptions().Invoking(o => o.SetThreshold(name, value)).Should().Throw<ArgumentOutOfRangeException>();
        }
    }

    [Fact]
    public void FindThreshold_OfAnUnknownName_IsNull()
    {
        RecommendationOptions.FindThreshold("Csi4Cutof").Should().BeNull();
        RecommendationOptions.FindThreshold(" Csi4Cutoff").Should().BeNull();
        ((Action)(() => RecommendationOptions.FindThreshold(null!))).Should().Throw<ArgumentNullException>();
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void TheSetter_RejectsValuesOutsideTheRange_NamingTheThresholdAndRange(string name)
    {
        var descriptor = RecommendationOptions.Thresholds.Single(d => d.Name == name);
        var set = Setter(name);
        var options = new RecommendationOptions();

        foreach (var value in new[] { double.NaN, double.NegativeInfinity, double.PositiveInfinity, Telltale, descriptor.Minimum - 0.001, descriptor.Maximum + 0.001 })
        {
            var act = () => set(options, value);

            act.Should().Throw<ArgumentOutOfRangeException>()
                .WithMessage(string.Create(CultureInfo.InvariantCulture, $"{name} must be from {descriptor.Minimum} to {descriptor.Maximum}.*"))
                .Which.Message.Should().NotContain("98765");
        }

        options.GetThreshold(name).Should().Be(descriptor.DefaultValue, "a rejected value leaves the threshold as it was");
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void TheSetter_AcceptsBothEndsOfTheRange(string name)
    {
        var descriptor = RecommendationOptions.Thresholds.Single(d => d.Name == name);
        var set = Setter(name);
        var options = new RecommendationOptions();

        set(options, descriptor.Minimum);
        options.GetThreshold(name).Should().Be(descriptor.Minimum);
        set(options, descriptor.Maximum);
        options.GetThreshold(name).Should().Be(descriptor.Maximum);
    }

    [Fact]
    public void SetThreshold_RejectsNaN_NamingTheThreshold()
    {
        var act = () => new RecommendationOptions().SetThreshold(nameof(RecommendationOptions.Csi4Cutoff), double.NaN);

        act.Should().Throw<ArgumentOutOfRangeException>().WithMessage("Csi4Cutoff must be from 0 to 21.*");
    }

    [Fact]
    public void AnObjectInitializer_FailsAtTheMistake()
    {
        var act = () => new RecommendationOptions { Region = "NZ", Phq9Cutoff = -1 };

        act.Should().Throw<ArgumentOutOfRangeException>().WithMessage("Phq9Cutoff must be from 0 to 27.*");
    }

    // A delegate over the property's setter, so the setter's own exception is seen (reflection would wrap it).
    private static Action<RecommendationOptions, double> Setter(string name) =>
        typeof(RecommendationOptions).GetProperty(name)!.SetMethod!.CreateDelegate<Action<RecommendationOptions, double>>();
}
