using System.Reflection;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Intimacy.Recommendations.Tests.Documentation;

/// <summary>
/// Every C# code block of the README, docs/*.md, the samples' READMEs and the package READMEs compiles as a reader
/// would use it: in a new console app with the SDK's implicit usings, with the block's own <c>using</c> directives and
/// those of the blocks before it in the same section (a reader copies those too), and nothing else of the library's.
/// What a block takes from its surroundings (a <c>services</c> collection, the reader's own rule class, an order type)
/// comes from a harness written here, which never adds an <c>Intimacy.*</c> using; most blocks then also run and check
/// what the text around them says they do. A renamed type, a changed signature or a missing using fails here, naming
/// the document and the block.
/// </summary>
public sealed partial class DocumentationSnippetTests
{
    /// <summary>The SDK's implicit usings of a console app (Microsoft.NET.Sdk with ImplicitUsings on).</summary>
    private const string ImplicitUsings = """
        global using System;
        global using System.Collections.Generic;
        global using System.IO;
        global using System.Linq;
        global using System.Net.Http;
        global using System.Threading;
        global using System.Threading.Tasks;
        """;

    private static readonly string QuickstartCouple = Literal(RepositoryFiles.PathOf("samples/profiles/quickstart-couple.json"));

    /// <summary>What each block needs from its surroundings, found by a string only that block holds.</summary>
    private static readonly Harness[] Harnesses =
    [
        // README.md
        new("README.md", "// Quick start: describe a couple") { Run = false }, // samples/Quickstart, which QuickstartSampleTests runs
        new("README.md", "ProfileJson.Deserialize(File.ReadAllText(\"samples/profiles/quickstart-couple.json\"))")
        {
            // "copy the file into your own app": the app's copy is the repository's file.
            Adapt = block => block.Replace("\"samples/profiles/quickstart-couple.json\"", QuickstartCouple, StringComparison.Ordinal),
            Epilogue = """
                if (profile.PartnerA is null || profile.PartnerB is null)
                {
                    throw new InvalidOperationException("the quick start's couple should have both partners' answers");
                }
                """,
        },
        new("README.md", ".AddCrisisContacts(new MyRegionalContacts())")
        {
            Usings = ["Microsoft.Extensions.DependencyInjection"],
            Prelude = _ => """
                var services = new ServiceCollection();
                var myIntervention = CustomRules.ExampleClinic.CouplesGroup;
                """,
            Epilogue = """
                using var provider = services.BuildServiceProvider();
                var engine = provider.GetRequiredService<Intimacy.Recommendations.Engine.IRecommendationEngine>();
                if (engine.Options.SexlessFrequencyPerYear != 12 || !engine.Options.DisabledTags.Contains("sexual"))
                {
                    throw new InvalidOperationException("the options set in the delegate should be the engine's");
                }

                if (!engine.Rules.Any(r => r.Name.Contains(nameof(MyClinicRule), StringComparison.Ordinal) && !r.IsBuiltIn))
                {
                    throw new InvalidOperationException("the app's rule should be in the engine's rule set");
                }
                """,
            Types = """
                public sealed class MyClinicRule : Intimacy.Rules.Fluent.Dsl.Rule
                {
                    public override void Define()
                    {
                        Intimacy.Recommendations.Facts.Couple couple = null!;
                        When().Match(() => couple);
                        Then().Do(ctx => Nothing());
                    }

                    private static void Nothing()
                    {
                    }
                }

                public sealed class MyRegionalContacts : Intimacy.Recommendations.Crisis.ICrisisContactProvider
                {
                    public IReadOnlyList<Intimacy.Core.Plans.CrisisContact> GetContacts(string? region, Intimacy.Recommendations.Crisis.CrisisKind kind) =>
                        new Intimacy.Recommendations.Crisis.LocalEmergencyNumberProvider().GetContacts(region, kind);
                }
                """,
        },
        new("README.md", "configuration.GetSection(\"Intimacy:Recommendations\").Bind(o)")
        {
            Usings = ["Microsoft.Extensions.Configuration", "Microsoft.Extensions.DependencyInjection"],
            // The appsettings.json the block's first comment shows, read as the host would read the file.
            Prelude = block => $$""""
                var services = new ServiceCollection();
                var configuration = new ConfigurationBuilder()
                    .AddJsonStream(new MemoryStream(System.Text.Encoding.UTF8.GetBytes("""{{AppSettingsIn(block)}}""")))
                    .Build();
                """",
            Epilogue = """
                using var provider = services.BuildServiceProvider();
                var engine = provider.GetRequiredService<Intimacy.Recommendations.Engine.IRecommendationEngine>();
                if (engine.Options.Csi4Cutoff != 12.5 || !engine.Options.DisabledTags.Contains("sexual"))
                {
                    throw new InvalidOperationException("the configuration the comment shows should set the engine's options");
                }
                """,
        },
        new("README.md", "app.Services.GetRequiredService<IRecommendationEngine>()")
        {
            // An ASP.NET Core app's builder; the Generic Host's has the same Build, Services and Run. Run would not return.
            Usings = ["Microsoft.Extensions.DependencyInjection", "Microsoft.Extensions.Hosting"],
            Prelude = _ => """
                var builder = Host.CreateApplicationBuilder();
                builder.Services.AddIntimacyCore();
                """,
            Run = false,
        },

        // docs/rules-engine.md
        new("docs/rules-engine.md", "public sealed class PreferredDiscountRule : Rule")
        {
            BlockIsTypes = true,
            Epilogue = "_ = new PreferredDiscountRule();",
            Types = RulesEngineFacts,
        },
        new("docs/rules-engine.md", "repository.Load(x => x.From(typeof(PreferredDiscountRule).Assembly)")
        {
            Prelude = _ => """
                var preferred = new Customer(true);
                var facts = new object[] { preferred, new Order(preferred, 150), new Order(preferred, 50), new Order(new Customer(false), 500) };
                """,
            Epilogue = """
                if (fired != 1 || discounts.Count != 1 || discounts[0].Order.Amount != 150)
                {
                    throw new InvalidOperationException($"one discount, on the preferred customer's large order, was expected; {fired} rules fired");
                }
                """,
            WithBlockOf = "public sealed class PreferredDiscountRule : Rule",
            Types = RulesEngineFacts,
        },
        new("docs/rules-engine.md", "builder.Name(\"runtime join\")")
        {
            Epilogue = """
                var session = factory.CreateSession();
                var customer = new Customer(true);
                session.Insert(customer);
                session.Insert(new Order(customer, 10));
                session.Insert(new Order(new Customer(false), 10));
                if (session.Fire() != 1)
                {
                    throw new InvalidOperationException("the runtime join should fire once, for the preferred customer's order");
                }
                """,
            Types = RulesEngineFacts,
        },
        new("docs/rules-engine.md", "SimpleRule.For<Answer>(\"low-desire\")")
        {
            Prelude = _ => "var thresholds = new Thresholds();",
            Epilogue = """
                var session = new RuleCompiler().Compile([rule]).CreateSession();
                session.Insert(new Answer("desire", 1));
                session.Insert(new Answer("desire", 4));
                session.Fire();
                if (session.Query<Finding>().Count() != 1 || session.Query<Flag>().Count() != 1)
                {
                    throw new InvalidOperationException("the rule should fire for the low answer only, with its finding and its linked flag");
                }
                """,
            Types = """
                public sealed record Answer(string Question, int Score);
                public sealed record Finding(string Code, Answer Answer);
                public sealed record Flag(string Question);
                public sealed class Thresholds
                {
                    public bool IsLow(Answer answer) => answer.Score <= 2;
                }
                """,
        },

        // src/Intimacy.Recommendations/PACKAGE.md
        new("src/Intimacy.Recommendations/PACKAGE.md", "services.AddIntimacyCore();")
        {
            Usings = ["Microsoft.Extensions.DependencyInjection"],
            // The provider is built after the block's registration, as an app builds it after its own.
            Prelude = _ => $"""
                var services = new ServiceCollection();
                var provider = new ProviderOf(services);
                var profile = Intimacy.Core.Serialization.ProfileJson.Deserialize(File.ReadAllText({QuickstartCouple}));
                """,
            Epilogue = """
                if (!plan.AllItems.Any())
                {
                    throw new InvalidOperationException("the quick start's couple should get a plan with items");
                }
                """,
            Types = """
                public sealed class ProviderOf(IServiceCollection services) : IServiceProvider
                {
                    private readonly Lazy<ServiceProvider> _provider = new(() => services.BuildServiceProvider());

                    public object? GetService(Type serviceType) => _provider.Value.GetService(serviceType);
                }
                """,
        },
        new("src/Intimacy.Recommendations/PACKAGE.md", "PlanJson.Serialize(plan.ForAudience(Audience.Couple))")
        {
            Prelude = _ => $"""
                var plan = new Intimacy.Recommendations.Engine.RecommendationEngineBuilder().Build()
                    .Recommend(Intimacy.Core.Serialization.ProfileJson.Deserialize(File.ReadAllText({QuickstartCouple})));
                """,
            Epilogue = """
                if (!json.StartsWith('{') || !cards.Contains("\"cards\"", StringComparison.Ordinal) || !markdown.StartsWith("# ", StringComparison.Ordinal))
                {
                    throw new InvalidOperationException("each output should be written");
                }
                """,
        },

        // src/Intimacy.Simulation/PACKAGE.md
        new("src/Intimacy.Simulation/PACKAGE.md", "new ProfileGenerator(scenario, seed: 1)")
        {
            Adapt = block => block.Replace("\"general-population.yaml\"", Literal(RepositoryFiles.PathOf("samples/scenarios/general-population.yaml")), StringComparison.Ordinal),
            Epilogue = """
                if (couplesTherapy.Trials != 1000 || !interval.Contains(couplesTherapy.Estimate) || interval.Width <= 0)
                {
                    throw new InvalidOperationException("a thousand plans should give a share inside its interval");
                }
                """,
        },

        // src/Intimacy.Rules/PACKAGE.md
        new("src/Intimacy.Rules/PACKAGE.md", "public sealed class LargeOrderRule : Rule")
        {
            Prelude = _ => "var orders = new[] { new Order(500), new Order(1500) };",
            Epilogue = """
                if (session.Query<Review>().Single().Order.Amount != 1500)
                {
                    throw new InvalidOperationException("only the large order should get a review");
                }
                """,
            Types = """
                public sealed record Order(decimal Amount);
                public sealed record Review(Order Order);
                """,
        },
    ];

    private const string RulesEngineFacts = """
        public sealed record Customer(bool IsPreferred);
        public sealed record Order(Customer Customer, decimal Amount);
        public sealed record Discount(Order Order, int Percent);
        """;

    private static readonly Lazy<MetadataReference[]> References = new(() =>
        ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!)
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(path => (MetadataReference)MetadataReference.CreateFromFile(path))
            .ToArray());

    public static TheoryData<string, int> Blocks()
    {
        var data = new TheoryData<string, int>();
        foreach (var document in Documents())
        {
            for (var i = 0; i < CodeBlocks(document).Count; i++)
            {
                data.Add(document, i);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Blocks))]
    public void EveryCSharpBlock_CompilesAndDoesWhatItsTextSays(string document, int index)
    {
        var blocks = CodeBlocks(document);
        var block = blocks[index];
        var harnesses = Harnesses.Where(h => h.Document == document && block.Code.Contains(h.Marker, StringComparison.Ordinal)).ToList();
        harnesses.Should().ContainSingle($"block {index + 1} of {document} ({FirstLine(block.Code)}) needs one harness in {nameof(DocumentationSnippetTests)}, found by a string only it holds");
        var harness = harnesses[0];
        harness.Usings.Should().NotContain(u => u.StartsWith("Intimacy", StringComparison.Ordinal), "the library's namespaces must come from the documents' own using directives");

        var (program, types) = Sources(blocks, index, harness);
        var assembly = Compile($"block {index + 1} of {document}", program, types);

        if (harness.Run)
        {
            var entry = assembly.EntryPoint!;
            try
            {
                entry.Invoke(null, entry.GetParameters().Length == 0 ? null : [Array.Empty<string>()]);
            }
            catch (TargetInvocationException ex) when (ex.InnerException is not null)
            {
                throw new Xunit.Sdk.XunitException($"block {index + 1} of {document} compiled but failed when run: {ex.InnerException}\n\n{program}\n// ----\n{types}");
            }
        }
    }

    [Fact]
    public void EveryHarness_FindsOneBlock()
    {
        foreach (var harness in Harnesses)
        {
            Documents().Should().Contain(harness.Document);
            CodeBlocks(harness.Document).Count(b => b.Code.Contains(harness.Marker, StringComparison.Ordinal))
                .Should().Be(1, $"the harness for '{harness.Marker}' should find one block of {harness.Document}; update it with the document");
        }
    }

    [Fact]
    public void TheHarness_RefusesABlockThatDoesNotCompile()
    {
        // The check itself can fail: a block naming a type the library does not have is refused, with the compiler's message.
        var act = () => Compile("a broken block", ImplicitUsings + "\nusing Intimacy.Recommendations;\nIRecommendationEngine? engine = null;\n");

        act.Should().Throw<Xunit.Sdk.XunitException>().WithMessage("*CS0246*IRecommendationEngine*");
    }

    /// <summary>The pages a reader copies code from: the README, docs/*.md, the samples' READMEs and the package READMEs.</summary>
    private static IReadOnlyList<string> Documents() =>
        new[] { "README.md" }
            .Concat(Directory.GetFiles(RepositoryFiles.PathOf("docs"), "*.md", SearchOption.AllDirectories))
            .Concat(Directory.GetFiles(RepositoryFiles.PathOf("samples"), "README.md", SearchOption.AllDirectories))
            .Concat(Directory.GetFiles(RepositoryFiles.PathOf("src"), "PACKAGE.md", SearchOption.AllDirectories))
            .Select(path => Path.IsPathRooted(path) ? Path.GetRelativePath(RepositoryFiles.Root, path).Replace('\\', '/') : path)
            .Where(path => !path.Split('/').Any(part => part is "bin" or "obj"))
            .Order(StringComparer.Ordinal)
            .ToList();

    /// <summary>The document's C# blocks (<c>```csharp</c>, <c>```cs</c> or <c>```c#</c>), each with the second-level section it is in.</summary>
    private static IReadOnlyList<Block> CodeBlocks(string document)
    {
        var markdown = File.ReadAllText(RepositoryFiles.PathOf(document)).ReplaceLineEndings("\n");
        var blocks = new List<Block>();
        var section = 0;
        var position = 0;
        foreach (Match match in CSharpFence().Matches(markdown))
        {
            section += markdown[position..match.Index].Split('\n').Count(l => l.StartsWith("## ", StringComparison.Ordinal));
            position = match.Index + match.Length;
            blocks.Add(new Block(match.Groups["code"].Value, section));
        }

        return blocks;
    }

    /// <summary>
    /// The console app a reader would write, as two files. Program.cs: the block's usings and those of the blocks before
    /// it in its section, the harness's, then the harness's prelude, the block and the epilogue. Types.cs: the reader's
    /// own types (the harness's, a block of types, an earlier block's rule class), with that block's usings and the harness's.
    /// </summary>
    private static (string Program, string Types) Sources(IReadOnlyList<Block> blocks, int index, Harness harness)
    {
        var block = blocks[index];
        var code = harness.Adapt(block.Code);

        // Types a block of statements declares after them go to Types.cs, so that the epilogue still follows the statements.
        var typesDeclared = TypeDeclarationStart().Match(code);
        var typeBlock = harness.BlockIsTypes ? code
            : harness.WithBlockOf is not null ? blocks.Single(b => b.Code.Contains(harness.WithBlockOf, StringComparison.Ordinal)).Code
            : typesDeclared.Success ? string.Join("\n", UsingsOf(code)) + "\n" + code[typesDeclared.Index..]
            : string.Empty;
        if (!harness.BlockIsTypes && typesDeclared.Success && harness.WithBlockOf is null)
        {
            code = code[..typesDeclared.Index];
        }

        var harnessUsings = harness.Usings.Select(u => $"using {u};").ToList();

        var program = new StringBuilder();
        program.AppendLine(ImplicitUsings);
        var usings = blocks.Take(index).Where(b => b.Section == block.Section).SelectMany(b => UsingsOf(b.Code))
            .Concat(harness.BlockIsTypes ? [] : UsingsOf(code))
            .Concat(harnessUsings)
            .Distinct(StringComparer.Ordinal);
        foreach (var directive in usings)
        {
            program.AppendLine(directive);
        }

        program.AppendLine();
        program.AppendLine(harness.Prelude(block.Code));
        program.AppendLine(harness.BlockIsTypes ? string.Empty : WithoutUsings(code));
        program.AppendLine(harness.Epilogue);

        var types = new StringBuilder();
        foreach (var directive in UsingsOf(typeBlock).Concat(harnessUsings).Distinct(StringComparer.Ordinal))
        {
            types.AppendLine(directive);
        }

        types.AppendLine();
        types.AppendLine(WithoutUsings(typeBlock));
        types.AppendLine(harness.Types);
        return (program.ToString(), types.ToString());
    }

    private static Assembly Compile(string name, params string[] sources)
    {
        var options = new CSharpParseOptions(LanguageVersion.Latest);
        var compilation = CSharpCompilation.Create(
            "DocumentationBlock" + Guid.NewGuid().ToString("N"),
            sources.Select((source, i) => CSharpSyntaxTree.ParseText(source, options, path: i == 0 ? "Program.cs" : "Types.cs")),
            References.Value,
            new CSharpCompilationOptions(OutputKind.ConsoleApplication, nullableContextOptions: NullableContextOptions.Enable));

        using var image = new MemoryStream();
        var result = compilation.Emit(image);
        var errors = result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Select(d => d.ToString()).ToList();
        if (errors.Count > 0)
        {
            throw new Xunit.Sdk.XunitException($"{name} does not compile:\n{string.Join("\n", errors)}\n\n{string.Join("\n// ----\n", sources)}");
        }

        return Assembly.Load(image.ToArray());
    }

    private static IEnumerable<string> UsingsOf(string code) =>
        UsingDirective().Matches(code).Select(m => $"using {m.Groups["namespace"].Value};");

    private static string WithoutUsings(string code) => UsingDirective().Replace(code, string.Empty);

    /// <summary>The JSON after "appsettings.json:" in the block's comment.</summary>
    private static string AppSettingsIn(string block) =>
        Regex.Match(block, @"// appsettings\.json: (?<json>\{.*\})\s*$", RegexOptions.Multiline).Groups["json"].Value;

    private static string FirstLine(string code) => code.Split('\n').First(l => l.Trim().Length > 0).Trim();

    private static string Literal(string path) => "@\"" + path.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    [GeneratedRegex(@"^```(?:csharp|cs|c\#)\n(?<code>.*?)\n```$", RegexOptions.Singleline | RegexOptions.Multiline)]
    private static partial Regex CSharpFence();

    /// <summary>The first line, after a block's statements, that starts a type declaration or its attributes.</summary>
    [GeneratedRegex(@"^(?:public|internal|sealed|static|file|record|class|\[)", RegexOptions.Multiline)]
    private static partial Regex TypeDeclarationStart();

    [GeneratedRegex(@"^using (?<namespace>[A-Za-z][\w.]*);[^\n]*\n?", RegexOptions.Multiline)]
    private static partial Regex UsingDirective();

    private sealed record Block(string Code, int Section);

    private sealed record Harness(string Document, string Marker)
    {
        /// <summary>Namespaces the surroundings give (never the library's).</summary>
        public IReadOnlyList<string> Usings { get; init; } = [];

        /// <summary>Statements before the block: what its text assumes exists, made from the block when needed.</summary>
        public Func<string, string> Prelude { get; init; } = _ => string.Empty;

        /// <summary>Statements after the block that check what the text says it does, by throwing.</summary>
        public string Epilogue { get; init; } = string.Empty;

        /// <summary>Types the block assumes (the reader's own classes).</summary>
        public string Types { get; init; } = string.Empty;

        /// <summary>The block declares types rather than statements.</summary>
        public bool BlockIsTypes { get; init; }

        /// <summary>A string of another block of the document whose types this one uses (an earlier block's rule class).</summary>
        public string? WithBlockOf { get; init; }

        /// <summary>Changes the block before compiling (a path that is the repository's).</summary>
        public Func<string, string> Adapt { get; init; } = block => block;

        /// <summary>Run the program (blocks that would not return, or print a whole plan, are only compiled).</summary>
        public bool Run { get; init; } = true;
    }
}
