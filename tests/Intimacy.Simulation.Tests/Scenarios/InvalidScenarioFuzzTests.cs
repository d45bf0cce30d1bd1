using System.Diagnostics;
using FsCheck;
using FsCheck.Fluent;
using Intimacy.Simulation.Scenarios;
using static Intimacy.Simulation.Tests.Scenarios.RandomScenarioDocuments;

namespace Intimacy.Simulation.Tests.Scenarios;

/// <summary>
/// Random valid scenarios (<see cref="RandomScenarioDocuments"/>) with one mutation that makes them invalid: a
/// parameter out of its range, NaN or infinity, a value of the wrong type, an unknown key, field, distribution or
/// option, empty or all-zero weights, contradictory bounds, a required key removed, a key repeated, a broken
/// condition. Each must be refused quickly with a one-line <see cref="ScenarioException"/> that names the line and
/// the key path of the place mutated (or a place inside it), never another exception type.
/// </summary>
public class InvalidScenarioFuzzTests
{
    private static readonly string[] BadConditions =
        ["", "(", "view.nonsense > 1", "ageYears ==", "ageYears > wantsMore", "partner.relationship.lengthYears > 1", "ageYears > 1e999", "abs(ageYears", "ageYears ! 3", "not"];

    [Fact]
    public void OneMutationAwayFromValid_IsRefusedWithAScenarioExceptionNamingThePlace()
    {
        var gen =
            from doc in ValidModerate
            from site in Gen.Choose(0, int.MaxValue)
            from kind in Gen.Choose(0, int.MaxValue)
            from json in Gen.Elements(false, true)
            select (doc, site, kind, json);

        var mutated = new List<string>();
        Prop.ForAll(gen.ToArbitrary(), input =>
        {
            var (doc, siteSeed, kindSeed, json) = input;
            var sites = Sites(doc, string.Empty, string.Empty).ToList();
            var site = sites[siteSeed % sites.Count];
            var description = Mutate(site, kindSeed);
            if (description is null)
            {
                return;
            }

            mutated.Add(description);

            var text = json ? ToJson(doc) : ToYaml(doc);
            var watch = Stopwatch.StartNew();
            ScenarioException refusal;
            try
            {
                ScenarioLoader.Parse(text, json ? ScenarioFormat.Json : ScenarioFormat.Yaml, "fuzz");
                throw new InvalidOperationException($"Not refused after {description} at {site.KeyPath}:\n{text}");
            }
            catch (ScenarioException ex)
            {
                refusal = ex;
            }
            catch (Exception ex) when (ex is not InvalidOperationException { Message: ['N', 'o', 't', ' ', 'r', ..] })
            {
                throw new InvalidOperationException($"{ex.GetType().Name} instead of a ScenarioException after {description} at {site.KeyPath}:\n{text}", ex);
            }

            var problems = new List<string>();
            if (!refusal.Message.StartsWith("fuzz(", StringComparison.Ordinal) || refusal.Line is null)
            {
                problems.Add("no line");
            }

            if (refusal.Message.Contains('\n', StringComparison.Ordinal))
            {
                problems.Add("more than one line");
            }

            // JSON cannot write NaN, Infinity or 1e400 without breaking the file: those give a syntax error with its place.
            var syntaxOnly = json && refusal.Detail.StartsWith("the file is not valid JSON", StringComparison.Ordinal);
            if (!syntaxOnly && !refusal.KeyPath.StartsWith(site.Owner, StringComparison.Ordinal))
            {
                problems.Add($"the key path {refusal.KeyPath} is not inside {site.Owner}");
            }

            if (watch.Elapsed > TimeSpan.FromSeconds(5))
            {
                problems.Add($"took {watch.Elapsed.TotalSeconds:0.0} s");
            }

            if (problems.Count > 0)
            {
                throw new InvalidOperationException($"After {description} at {site.KeyPath}: {string.Join(", ", problems)}: {refusal.Message}\n{text}");
            }
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(1500));

        mutated.Should().HaveCountGreaterThan(500, "most draws should find a mutation to make");
    }

    /// <summary>A place in the document: the container holding a node, where, its key path and the part of the scenario it belongs to.</summary>
    private sealed record Site(Node Container, int Index, string KeyPath, string Owner, string Name)
    {
        public Node Value
        {
            get => Container is Map map ? map.Entries[Index].Value : ((Seq)Container).Items[Index];
            set
            {
                if (Container is Map map)
                {
                    map.Entries[Index] = (map.Entries[Index].Key, value);
                }
                else
                {
                    ((Seq)Container).Items[Index] = value;
                }
            }
        }
    }

    private static IEnumerable<Site> Sites(Node node, string path, string owner)
    {
        switch (node)
        {
            case Map map:
                for (var i = 0; i < map.Entries.Count; i++)
                {
                    var key = map.Entries[i].Key;
                    var (childPath, childOwner) = (path, owner) switch
                    {
                        ("", _) => (key, key is "instruments" or "sections" or "fields" or "adjustments" ? key : key),
                        ("fields", _) => ($"fields[{key}]", $"fields[{key}]"),
                        (_, _) when path.EndsWith(".then", StringComparison.Ordinal) => ($"{path}[{key}]", owner),
                        _ => (path + "." + key, owner),
                    };
                    yield return new Site(map, i, childPath, childOwner, key);
                    foreach (var site in Sites(map.Entries[i].Value, childPath, childOwner))
                    {
                        yield return site;
                    }
                }

                break;
            case Seq seq:
                for (var i = 0; i < seq.Items.Count; i++)
                {
                    var childPath = $"{path}[{i}]";
                    yield return new Site(seq, i, childPath, childPath, path);
                    foreach (var site in Sites(seq.Items[i], childPath, childPath))
                    {
                        yield return site;
                    }
                }

                break;
        }
    }

    /// <summary>Makes the site invalid; returns what was done, or null when this kind of mutation does not apply here.</summary>
    private static string? Mutate(Site site, int kind)
    {
        var value = site.Value;
        var parent = site.KeyPath.Contains('.', StringComparison.Ordinal) ? site.KeyPath[..site.KeyPath.LastIndexOf('.')] : string.Empty;
        switch (value)
        {
            case Num num when site.Name is not ("mean" or "mu" or "shift" or "lower" or "upper" or "mode") || kind % 4 != 0:
                switch (kind % 4)
                {
                    case 0:
                        return OutOfRange(site, num);
                    case 1:
                        string[] words = ["NaN", ".nan", "Infinity", "-.inf", "1e400", "-Infinity"];
                        site.Value = new Num(double.NaN, words[kind / 4 % words.Length]);
                        return "a number replaced by " + words[kind / 4 % words.Length];
                    case 2:
                        Node[] wrong = [new Text("abc"), new Bare("abc"), new Map(), new Seq(), new Bare("true"), new Bare("null")];
                        site.Value = wrong[kind / 4 % wrong.Length];
                        return "a number replaced by a value of another type";
                    default:
                        return null;
                }

            case Map map when site.Name != "weights" && kind % 5 == 0:
                map.Add(site.KeyPath == "fields" ? "view.sexPerYr" : "bogusKey", new Num(1));
                return "an unknown key added";
            case Map { Entries.Count: > 0 } map when site.Name == "weights":
                if (kind % 3 == 0)
                {
                    site.Value = new Map();
                    return "the weights emptied";
                }

                if (kind % 3 == 1)
                {
                    for (var i = 0; i < map.Entries.Count; i++)
                    {
                        map.Entries[i] = (map.Entries[i].Key, new Num(0));
                    }

                    return "every weight set to 0";
                }

                map.Add("noSuchOption", new Num(1));
                return "an option the field does not have";
            case Map { Entries.Count: > 0 } map when kind % 5 == 1:
                map.Entries.Add(map.Entries[0]);
                return "a key repeated";
            case Map map when map["distribution"] is not null && kind % 5 == 2:
                var remove = kind / 5 % map.Entries.Count;
                var optional = map.Entries[remove].Key is "unknown" or "correlation"
                    || (map.Entries[remove].Key is "lower" or "upper" && map["distribution"] is Text { Value: "beta" });
                if (optional)
                {
                    return null;
                }

                map.Entries.RemoveAt(remove);
                return "a required key removed";
            case Text { Value: var distribution } when site.Name == "distribution":
                string[] names = ["gaussian", "bernoulli", "poisson", "categorical", "Normal"];
                var replacement = names[kind % names.Length];
                if (replacement == distribution)
                {
                    return null;
                }

                site.Value = new Text(replacement);
                return $"the distribution {distribution} replaced by {replacement}";
            case Text when site.Name == "when":
                site.Value = new Text(BadConditions[kind % BadConditions.Length]);
                return "the condition replaced by '" + BadConditions[kind % BadConditions.Length] + "'";
            case Bare when site.Name is "set" or "value":
                site.Value = new Bare("noSuchAnswer");
                return "an answer the field does not have";
            default:
                return null;
        }

        string? OutOfRange(Site at, Num num)
        {
            double? bad = at.Name switch
            {
                "sd" or "sigma" => -1,
                "alpha" or "beta" or "shape" or "rate" or "lambda" or "r" => kind % 8 < 4 ? 0 : -2,
                "p" => kind % 8 < 4 ? 1.5 : -0.1,
                "n" => -1,
                "unknown" or "correlation" or "oneRespondentShare" or "unknownShare" or "partnerCorrelation" => kind % 8 < 4 ? 1.5 : -0.01,
                "count" => 0,
                "seed" => 0.5,
                "scale" => -1,
                "value" or "set" => 1e9,
                _ when at.KeyPath.StartsWith("instruments.", StringComparison.Ordinal) || at.KeyPath.StartsWith("sections.", StringComparison.Ordinal) => 1.01,
                _ when parent.EndsWith(".weights", StringComparison.Ordinal) => -1,
                "lower" => 1e9,
                "upper" => -1e9,
                "mode" => 1e12,
                _ => null,
            };
            if (bad is null)
            {
                return null;
            }

            at.Value = new Num(bad.Value);
            return $"{at.Name} {num.Written} replaced by {Format(bad.Value)}";
        }
    }
}
