using FsCheck;
using FsCheck.Fluent;
using Intimacy.Core.Validation;
using Intimacy.Simulation.Generation;
using Intimacy.Simulation.Scenarios;

namespace Intimacy.Simulation.Tests.Generation;

/// <summary>The property the random-scenario tests share: a scenario named "random" is refused clearly or generates only valid profiles.</summary>
internal static class ScenarioValidity
{
    /// <summary>
    /// Checks the property over <paramref name="scenarios"/> random scenarios (FsCheck throws on a failure) and
    /// returns how many of them were valid, so a test can require enough of them to mean something.
    /// </summary>
    public static int Check(Gen<Scenario> gen, long seed, int profilesEach, int scenarios)
    {
        var generated = 0;
        Prop.ForAll(gen.ToArbitrary(), scenario =>
        {
            ProfileGenerator generator;
            try
            {
                generator = new ProfileGenerator(scenario, seed);
            }
            catch (ScenarioException ex)
            {
                // Refused, and the message names the scenario.
                return ex.Message.StartsWith("random: ", StringComparison.Ordinal);
            }

            generated++;
            return Enumerable.Range(0, profilesEach).All(i => ProfileValidator.Validate(generator.Generate(i)).IsValid);
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(scenarios));
        return generated;
    }
}
