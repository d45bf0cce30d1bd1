using FsCheck;
using FsCheck.Fluent;
using Intimacy.Core.Serialization;
using Intimacy.Core.Validation;
using Intimacy.Simulation.Generation;
using Intimacy.Simulation.Reporting;
using Intimacy.Simulation.Running;
using Intimacy.Simulation.Scenarios;
using Intimacy.Simulation.Tests.Running;
using static Intimacy.Simulation.Tests.Scenarios.RandomScenarioDocuments;

namespace Intimacy.Simulation.Tests.Scenarios;

/// <summary>
/// Scenarios nobody wrote by hand, valid by the documented grammar (<see cref="RandomScenarioDocuments"/>): each
/// loads from YAML and from JSON to the same population, generates only valid profiles, runs through the engine
/// without an exception, and gives the same results for the same seed. A failure prints FsCheck's replay seed
/// and the scenario's YAML.
/// </summary>
public class ValidScenarioFuzzTests
{
    [Fact]
    public void ValidScenario_LoadsFromYamlAndJson_AndGeneratesOnlyValidProfiles()
    {
        Prop.ForAll(ValidModerate.ToArbitrary(), doc =>
        {
            var yaml = ToYaml(doc);
            var fromYaml = Load(yaml, ScenarioFormat.Yaml);
            var fromJson = Load(ToJson(doc), ScenarioFormat.Json);
            Explain(yaml, ScenarioHash.Compute(fromJson) == ScenarioHash.Compute(fromYaml), "YAML and JSON load to different populations");

            var generator = new ProfileGenerator(fromYaml, fromYaml.DefaultSeed);
            var again = new ProfileGenerator(fromJson, fromYaml.DefaultSeed);
            for (var i = 0; i < 60; i++)
            {
                var profile = generator.Generate(i);
                var validation = ProfileValidator.Validate(profile);
                Explain(yaml, validation.IsValid, $"profile {i} is not valid: {string.Join("; ", validation.Errors.Select(e => e.ToString()))}");
                Explain(yaml, ProfileJson.Serialize(again.Generate(i)) == ProfileJson.Serialize(profile), $"profile {i} differs between two generators with the same seed");
            }
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(200));
    }

    [Fact]
    public void ValidScenario_RunsThroughTheEngine_TheSameEveryTime()
    {
        Prop.ForAll(ValidModerate.ToArbitrary(), doc =>
        {
            var yaml = ToYaml(doc);
            var scenario = Load(yaml, ScenarioFormat.Yaml);
            var runner = new SimulationRunner(SimulationFixture.Engine, scenario);
            var settings = new SimulationSettings { Count = 150, Seed = scenario.DefaultSeed, ChunkSize = 32, MaxDegreeOfParallelism = 1, BreakdownField = "partnerA.view.trend" };
            string first;
            string second;
            try
            {
                first = SummaryJson.Write(runner.Run(settings));
                second = SummaryJson.Write(runner.Run(settings with { MaxDegreeOfParallelism = 2, ChunkSize = 7 }));
            }
            catch (Exception ex)
            {
                throw new InvalidOperationException("A run of this scenario failed:\n" + yaml, ex);
            }

            Explain(yaml, first == second, "two runs with the same seed differ");
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(40));
    }

    [Fact]
    public void ValidScenario_WithParametersAtTheEndsOfTheDoubles_LoadsOrIsRefusedAsTooExtreme()
    {
        // Shapes, rates and sds down to 5e-324 and up to 1.8e308: MathNet cannot tabulate all of them, and the
        // documented answer is a refusal naming the field's place, never another exception or an invalid profile.
        Prop.ForAll(Valid.ToArbitrary(), doc =>
        {
            var yaml = ToYaml(doc);
            Scenario scenario;
            try
            {
                scenario = ScenarioLoader.Parse(yaml, ScenarioFormat.Yaml, "fuzz");
            }
            catch (ScenarioException ex)
            {
                Explain(yaml, ex.Line is not null && ex.KeyPath.StartsWith("fields[", StringComparison.Ordinal) && ex.Detail.Contains("choose less extreme parameters", StringComparison.Ordinal), "refused for another reason than extreme parameters: " + ex.Message);
                return;
            }
            catch (Exception ex)
            {
                throw new InvalidOperationException($"Loading threw {ex.GetType().Name}:\n{yaml}", ex);
            }

            var generator = new ProfileGenerator(scenario, scenario.DefaultSeed);
            for (var i = 0; i < 40; i++)
            {
                var validation = ProfileValidator.Validate(generator.Generate(i));
                Explain(yaml, validation.IsValid, $"profile {i} is not valid: {string.Join("; ", validation.Errors.Select(e => e.ToString()))}");
            }
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(120));
    }

    [Fact]
    public void ValidScenario_WrittenInAnotherKeyOrderAndNumberSpelling_IsTheSamePopulation()
    {
        // The hash ignores key order and formatting, and the profiles must not depend on them either.
        var gen =
            from doc in ValidModerate
            from seed in Gen.Choose(0, int.MaxValue)
            select (doc, seed);

        Prop.ForAll(gen.ToArbitrary(), input =>
        {
            var (doc, seed) = input;
            var yaml = ToYaml(doc);
            var original = Load(yaml, ScenarioFormat.Yaml);
            var rewritten = Load(ToYaml((Map)Rewrite(doc, new Random(seed))), ScenarioFormat.Yaml);
            Explain(yaml, ScenarioHash.Compute(rewritten) == ScenarioHash.Compute(original), "the hash changed with key order or number spelling: " + ScenarioHash.CanonicalForm(original) + "\n" + ScenarioHash.CanonicalForm(rewritten));

            var a = new ProfileGenerator(original, 9);
            var b = new ProfileGenerator(rewritten, 9);
            for (var i = 0; i < 40; i++)
            {
                Explain(yaml, ProfileJson.Serialize(a.Generate(i)) == ProfileJson.Serialize(b.Generate(i)), $"profile {i} changed with key order or number spelling");
            }
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(150));
    }

    [Fact]
    public void EveryNumberOfAValidScenario_CanBeNamedByItsKeyPath_ForSweeps()
    {
        // The key path error messages print names the number for ScenarioParameter (and intimacy sweep): reading it
        // gives the number written, and setting it to that number leaves the same population.
        Prop.ForAll(ValidModerate.ToArbitrary(), doc =>
        {
            var yaml = ToYaml(doc);
            var scenario = Load(yaml, ScenarioFormat.Yaml);
            var hash = ScenarioHash.Compute(scenario);
            foreach (var (path, value) in Numbers(doc))
            {
                string problem;
                try
                {
                    var parameter = ScenarioParameter.Parse(path);
                    var read = parameter.ValueIn(scenario);
                    var same = ScenarioHash.Compute(parameter.Apply(scenario, value)) == hash;
                    problem = read.Equals(value) && same ? string.Empty : $"reads {Format(read)} for {Format(value)}{(same ? string.Empty : " and setting it changes the population")}";
                }
                catch (Exception ex)
                {
                    problem = ex.GetType().Name + ": " + ex.Message;
                }

                Explain(yaml, problem.Length == 0, $"the parameter {path} {problem}");
            }
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(100));
    }

    /// <summary>Every number a sweep may vary, by the key path an error message would print.</summary>
    private static IEnumerable<(string Path, double Value)> Numbers(Map doc)
    {
        foreach (var (key, node) in doc.Entries)
        {
            switch (node)
            {
                case Num num when key is "oneRespondentShare" or "unknownShare" or "partnerCorrelation":
                    yield return (key, num.Value);
                    break;
                case Map shares when key is "instruments" or "sections":
                    foreach (var (id, share) in shares.Entries)
                    {
                        yield return ($"{key}.{id}", ((Num)share).Value);
                    }

                    break;
                case Map fields when key == "fields":
                    foreach (var (field, spec) in fields.Entries)
                    {
                        foreach (var (name, value) in ((Map)spec).Entries)
                        {
                            if (value is Num num && name != "value")
                            {
                                yield return ($"fields[{field}].{name}", num.Value);
                            }
                            else if (value is Map weights)
                            {
                                foreach (var (option, weight) in weights.Entries)
                                {
                                    yield return ($"fields[{field}].weights.{option}", ((Num)weight).Value);
                                }
                            }
                        }
                    }

                    break;
                case Seq adjustments:
                    for (var i = 0; i < adjustments.Items.Count; i++)
                    {
                        foreach (var (field, change) in ((Map)((Map)adjustments.Items[i])["then"]!).Entries)
                        {
                            foreach (var (name, value) in ((Map)change).Entries)
                            {
                                if (value is Num num && name is "shift" or "scale")
                                {
                                    yield return ($"adjustments[{i}].then[{field}].{name}", num.Value);
                                }
                                else if (value is Map weights)
                                {
                                    foreach (var (option, weight) in weights.Entries)
                                    {
                                        yield return ($"adjustments[{i}].then[{field}].weights.{option}", ((Num)weight).Value);
                                    }
                                }
                            }
                        }
                    }

                    break;
            }
        }
    }

    /// <summary>The same document with every mapping's keys shuffled (lists keep their order) and numbers spelled with an exponent.</summary>
    private static Node Rewrite(Node node, Random random)
    {
        switch (node)
        {
            case Map map:
                var copy = new Map();
                foreach (var (key, value) in map.Entries.OrderBy(_ => random.Next()))
                {
                    copy.Add(key, Rewrite(value, random));
                }

                return copy;
            case Seq seq:
                var items = new Seq();
                items.Items.AddRange(seq.Items.Select(i => Rewrite(i, random)));
                return items;
            case Num num when double.IsFinite(num.Value) && num.Written == Format(num.Value) && random.Next(2) == 0:
                return new Num(num.Value, num.Value.ToString("E16", System.Globalization.CultureInfo.InvariantCulture));
            default:
                return node.Clone();
        }
    }

    internal static Scenario Load(string text, ScenarioFormat format)
    {
        try
        {
            return ScenarioLoader.Parse(text, format, "fuzz");
        }
        catch (Exception ex)
        {
            throw new InvalidOperationException($"This valid scenario was refused ({ex.GetType().Name}: {ex.Message}):\n{text}", ex);
        }
    }

    internal static void Explain(string yaml, bool holds, string what)
    {
        if (!holds)
        {
            throw new InvalidOperationException(what + ":\n" + yaml);
        }
    }
}
