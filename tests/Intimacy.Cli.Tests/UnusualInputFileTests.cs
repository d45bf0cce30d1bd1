using Intimacy.Testing;
using System.Text;
using System.Text.RegularExpressions;
using FsCheck;
using FsCheck.Fluent;
using Intimacy.Core.Serialization;
using Intimacy.Simulation.Generation;
using Intimacy.Simulation.Scenarios;

namespace Intimacy.Cli.Tests;

/// <summary>
/// validate and recommend given input that is not an ordinary UTF-8 file: pipes (which have no size before they are
/// read), other encodings, broken bytes, names with line breaks, empty and special files. Each ends with exit code 0,
/// 1 or 2 and messages on one line each, never with an internal error or a stack trace.
/// </summary>
public partial class UnusualInputFileTests
{
    // A pipe (process substitution, /dev/stdin, a named pipe) has no length before it is read, so the size check made
    // before reading (FileInfo.Length, 0 for a pipe) let any amount through: /dev/zero or a runaway producer filled
    // memory until an internal error (70). It is now read up to the cap and refused past it, as a large file is.
    [SkippableTheory]
    [InlineData("validate")]
    [InlineData("recommend")]
    public void APipeHoldingMoreThanTheCap_ExitsWithTwo_WithoutReadingItAll(string command)
    {
        Skip.If(!OperatingSystem.IsLinux() && !OperatingSystem.IsMacOS(), "Named pipes in the file system are a Unix feature.");

        using var files = new CliRun();
        var pipe = NamedPipes.Create(files.Folder, "huge.json");
        const long cap = 256L * 1024 * 1024;
        var written = 0L;
        var writer = Task.Run(() =>
        {
            var chunk = new byte[1024 * 1024];
            chunk.AsSpan().Fill((byte)' ');
            try
            {
                using var stream = new FileStream(pipe, FileMode.Open, FileAccess.Write);
                while (written <= cap + chunk.Length)
                {
                    stream.Write(chunk);
                    written += chunk.Length;
                }
            }
            catch (IOException)
            {
                // The reader stopped and closed its end: what this test expects.
            }
        });

        var (code, output, error) = CliRun.Invoke(command, pipe);
        NamedPipes.Drain(pipe, writer);

        code.Should().Be(2, error);
        output.Should().BeEmpty();
        error.Should().Be($"error: Cannot read '{pipe}': it holds more than the 256 MiB an input file may be.{Environment.NewLine}");
        written.Should().BeLessThan(cap + (64L * 1024 * 1024), "reading stops soon after the cap");
    }

    [SkippableTheory]
    [InlineData("validate", "The profile in '{0}' is valid.")]
    [InlineData("recommend", "PLAN FOR THE COUPLE")]
    public void AProfileFromAPipe_IsRead(string command, string expected)
    {
        Skip.If(!OperatingSystem.IsLinux() && !OperatingSystem.IsMacOS(), "Named pipes in the file system are a Unix feature.");

        using var files = new CliRun();
        var profile = File.ReadAllBytes(files.ValidProfile());
        var pipe = NamedPipes.Create(files.Folder, "profile-pipe.json");
        var writer = Task.Run(() =>
        {
            using var stream = new FileStream(pipe, FileMode.Open, FileAccess.Write);
            stream.Write(profile);
        });

        var (code, output, error) = CliRun.Invoke(command, pipe);
        NamedPipes.Drain(pipe, writer);

        code.Should().Be(0, error);
        output.Should().StartWith(string.Format(System.Globalization.CultureInfo.InvariantCulture, expected, pipe));
    }

    // validate wrote its own lines with the file name as given, so a name with a line break split "is valid" (or the
    // header above the problems) over two lines, unlike every other message, which escapes it.
    [SkippableTheory]
    [InlineData("line\nbreak.json", "line\\nbreak.json")]
    [InlineData("tab\tand\u2028separator.json", "tab\\tand\\u2028separator.json")]
    public void Validate_AFileNameWithALineBreak_IsWrittenOnOneLine(string name, string shown)
    {
        Skip.If(OperatingSystem.IsWindows(), "Windows file names cannot hold control characters.");

        using var files = new CliRun();
        var valid = files.Write(name, File.ReadAllText(files.ValidProfile()));

        var ok = CliRun.Invoke("validate", valid);
        ok.Code.Should().Be(0, ok.Error);
        ok.Out.Should().Be($"The profile in '{Path.Combine(files.Folder, shown)}' is valid.{Environment.NewLine}");

        File.WriteAllText(valid, "{ \"partnerA\": { \"ageYears\": 12 } }");
        var invalid = CliRun.Invoke("validate", valid);
        invalid.Code.Should().Be(1);
        invalid.Error.Split(Environment.NewLine).Should().Equal(
            $"The profile in '{Path.Combine(files.Folder, shown)}' is not valid: it has 1 problem.",
            "  $.partnerA.ageYears (range): must be a whole number from 18 to 120: only adults can be described.",
            string.Empty);
    }

    /// <summary>The same profile written in each encoding a byte order mark names, and not: the tool reads text as .NET's file reader does.</summary>
    public static TheoryData<string, int> Encodings() => new()
    {
        { "utf-8", 0 },
        { "utf-8 with a byte order mark", 0 },
        { "utf-16le with a byte order mark", 0 },
        { "utf-16be with a byte order mark", 0 },
        { "utf-32le with a byte order mark", 0 },
        { "utf-32be with a byte order mark", 0 },
        { "utf-16le without a byte order mark", 1 },
        { "utf-32le without a byte order mark", 1 },
    };

    [Theory]
    [MemberData(nameof(Encodings))]
    public void AProfileInEachEncoding_IsReadWhenAByteOrderMarkNamesIt_AndOtherwiseRefusedAsMalformed(string encoding, int expected)
    {
        using var files = new CliRun();
        var text = File.ReadAllText(files.ValidProfile());
        var (name, bom) = (encoding.Split(' ')[0], encoding.EndsWith("with a byte order mark", StringComparison.Ordinal));
        Encoding codec = name switch
        {
            "utf-8" => new UTF8Encoding(bom),
            "utf-16le" => new UnicodeEncoding(bigEndian: false, byteOrderMark: bom),
            "utf-16be" => new UnicodeEncoding(bigEndian: true, byteOrderMark: bom),
            "utf-32le" => new UTF32Encoding(bigEndian: false, byteOrderMark: bom),
            _ => new UTF32Encoding(bigEndian: true, byteOrderMark: bom),
        };
        var path = Path.Combine(files.Folder, "encoded.json");
        File.WriteAllBytes(path, [.. codec.GetPreamble(), .. codec.GetBytes(text)]);

        foreach (var command in new[] { "validate", "recommend" })
        {
            var (code, output, error) = CliRun.Invoke(command, path);

            code.Should().Be(expected, $"{command} of {encoding}: {error}");
            if (expected == 0)
            {
                output.Should().NotBeEmpty();
                error.Should().BeEmpty();
            }
            else
            {
                // validate lists the syntax error with its place; recommend's couple view is told it without the place.
                error.Should().Contain(command == "validate"
                    ? "  $ (json): is not valid JSON (line 1, byte 2); reading stops"
                    : $"error: The profile in '{path}' is not valid: $: is not valid JSON; reading stops");
            }
        }
    }

    [Theory]
    [InlineData("a comment", "// written by hand\n{0}", "$", "is not valid JSON (line 1, byte 1)")]
    [InlineData("a block comment inside", "{0}", "$", "is not valid JSON (line 1, byte 2)")]
    [InlineData("a second document after it", "{0}\n{{}}", "$", "is not valid JSON")]
    [InlineData("text after it", "{0} x", "$", "is not valid JSON")]
    [InlineData("a NUL byte after it", "{0}\u0000", "$", "is not valid JSON")]
    [InlineData("a byte that is not UTF-8 in an answer", "{0}", "$.partnerA.ageYears", "is not valid JSON")]
    public void AProfileWithSomethingJsonDoesNotAllow_IsRefusedWithExitCodeOne_NamingThePath(string what, string template, string path, string problem)
    {
        using var files = new CliRun();
        var profile = File.ReadAllText(files.ValidProfile()).Trim();
        var text = string.Format(System.Globalization.CultureInfo.InvariantCulture, Regex.Unescape(template), profile);
        byte[] bytes = what switch
        {
            "a block comment inside" => Encoding.UTF8.GetBytes("{/* " + Secret + " */" + text[1..]),
            "a byte that is not UTF-8 in an answer" => [.. Encoding.UTF8.GetBytes(AgeOf(text).Before), 0xFF, .. Encoding.UTF8.GetBytes(AgeOf(text).After)],
            _ => Encoding.UTF8.GetBytes(text),
        };
        var file = Path.Combine(files.Folder, "odd.json");
        File.WriteAllBytes(file, bytes);

        var validate = CliRun.Invoke("validate", file);
        validate.Code.Should().Be(1, what);
        validate.Error.Should().StartWith($"The profile in '{file}' is not valid: it has 1 problem.").And.Contain($"  {path} (").And.Contain(problem).And.NotContain(Secret);

        var recommend = CliRun.Invoke("recommend", file, "--audience", "clinician");
        recommend.Code.Should().Be(1, what);
        recommend.Error.Should().StartWith($"error: The profile in '{file}' is not valid: {path}: ").And.NotContain(Secret).And.NotContain("   at ");
        recommend.Error.TrimEnd().Should().NotContain("\n", "it is one line");
    }

    [SkippableTheory]
    [InlineData("validate")]
    [InlineData("recommend")]
    public void NothingToRead_IsSaidToBeEmpty_WithExitCodeOne(string command)
    {
        Skip.If(!File.Exists("/dev/null"), "No null device to read here.");

        var (code, output, error) = CliRun.Invoke(command, "/dev/null");

        code.Should().Be(1);
        output.Should().BeEmpty();
        error.Should().Contain("$").And.Contain("is empty: there is no JSON to read.");
    }

    [Fact]
    public void Validate_AFolder_ExitsWithTwoSayingSo()
    {
        using var files = new CliRun();

        var (code, output, error) = CliRun.Invoke("validate", files.Folder);

        code.Should().Be(2);
        output.Should().BeEmpty();
        error.Should().Be($"error: Cannot read '{files.Folder}': it is a folder, not a file.{Environment.NewLine}");
    }

    [Theory]
    [InlineData("validate")]
    [InlineData("recommend")]
    public void AMissingFileOrFolder_ExitsWithTwo(string command)
    {
        using var files = new CliRun();
        foreach (var path in new[] { Path.Combine(files.Folder, "missing.json"), Path.Combine(files.Folder, "no-folder", "x.json"), string.Empty })
        {
            var (code, output, error) = CliRun.Invoke(command, path);

            code.Should().Be(2, path);
            output.Should().BeEmpty();
            error.Should().StartWith($"error: Cannot read '{path}': ").And.EndWith("." + Environment.NewLine).And.NotContain("   at ");
        }
    }

    /// <summary>
    /// Generated profiles cut short or damaged the way hand-edited files go wrong: validate exits 0 with one line or 1
    /// with a count and one line per problem; recommend exits 0 with a plan or 1 with one line; neither shows a stack trace.
    /// </summary>
    [Fact]
    public void DamagedProfileFiles_ExitWithZeroOrOne_AndOneLinePerMessage()
    {
        using var files = new CliRun();
        var generator = new ProfileGenerator(ScenarioLoader.Load(CliRun.Scenario("clinic-intake.yaml")), 7);
        var cases =
            from index in Gen.Choose(0, 100_000)
            from kind in Gen.Choose(0, 3)
            from at in Gen.Choose(0, 1_000_000)
            from noise in Gen.Elements(Noise)
            from recommend in Gen.Choose(0, 9)
            from audience in Gen.Elements("couple", "partner-a", "partner-b", "clinician")
            select (Index: index, Kind: kind, At: at, Noise: noise, Recommend: recommend == 0, Audience: audience);

        Check.One(Config.QuickThrowOnFailure.WithMaxTest(120), Prop.ForAll(cases.ToArbitrary(), c =>
        {
            var text = Damage(ProfileJson.Serialize(generator.Generate(c.Index), indented: true), c.Kind, c.At, c.Noise);
            var path = files.Write("damaged.json", text);
            var problems = new List<string>();
            var validate = CliRun.Invoke("validate", path);
            if (validate.Code == 0)
            {
                Expect(validate.Out == $"The profile in '{path}' is valid.{Environment.NewLine}" && validate.Error.Length == 0, "validate: a valid profile is one line");
            }
            else if (validate.Code == 1)
            {
                var lines = validate.Error.Split(Environment.NewLine)[..^1];
                Expect(validate.Out.Length == 0 && lines.Length >= 2 && lines[0] == $"The profile in '{path}' is not valid: it has {lines.Length - 1} problem{(lines.Length == 2 ? string.Empty : "s")}.", "validate: a header counting the problems");
                Expect(lines.Skip(1).All(l => ProblemLine().IsMatch(l)), "validate: each problem on one line, path, code and sentence");
            }
            else
            {
                problems.Add($"validate exited with {validate.Code}: {validate.Error}");
            }

            if (c.Recommend)
            {
                var recommend = CliRun.Invoke("recommend", path, "--audience", c.Audience);
                Expect(recommend.Code == validate.Code, $"recommend exited with {recommend.Code}, validate with {validate.Code}");
                Expect(recommend.Code != 0 || (recommend.Out.Length > 0 && recommend.Error.Length == 0), "recommend: a plan and nothing else");
                Expect(recommend.Code != 1 || (recommend.Out.Length == 0 && recommend.Error.StartsWith($"error: The profile in '{path}' is not valid", StringComparison.Ordinal) && recommend.Error.Split(Environment.NewLine).Length == 2), "recommend: one line");
            }

            return problems.Count == 0 ? Prop.Label(true, "ok") : Prop.Label(false, string.Join("\n", problems) + "\n" + text + "\n" + validate.Error);

            void Expect(bool condition, string problem)
            {
                if (!condition)
                {
                    problems.Add(problem);
                }
            }
        }));
    }

    private const string Secret = "my secret value";

    private static readonly string[] Noise = ["{", "}", "[", "]", ",", ":", "\"", "\\", "-", "0", "1e400", "\"" + Secret + "\"", "\u00e9", "\t", "\u2028", "\uFEFF", "null", "// " + Secret + "\n"];

    private static string Damage(string text, int kind, int at, string noise)
    {
        var position = (int)((long)at * text.Length / 1_000_000);
        return kind switch
        {
            0 => text[..position],
            1 => text.Insert(position, noise),
            2 => text.Remove(position, Math.Min(text.Length - position, 1 + (at % 7))),
            _ => text.Insert(position, text[position..Math.Min(text.Length, position + 1 + (at % 30))]),
        };
    }

    [GeneratedRegex(@"^  \$\S* \((required|range|combination|schemaVersion|json|unknownProperty|duplicateProperty)\): [^\r\n]+\.$")]
    private static partial Regex ProblemLine();

    private static (string Before, string After) AgeOf(string profile)
    {
        var at = profile.IndexOf("\"ageYears\": ", StringComparison.Ordinal) + "\"ageYears\": ".Length;
        return (profile[..at], profile[at..]);
    }
}
