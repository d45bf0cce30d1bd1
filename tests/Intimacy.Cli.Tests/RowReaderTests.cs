namespace Intimacy.Cli.Tests;

/// <summary>The bounded line reader <c>merge</c> reads a shard's profiles.csv with.</summary>
public class RowReaderTests
{
    // The reader fills a 64 Ki-character buffer: line ends on every offset around its end, \r\n split across it too.
    [Theory]
    [InlineData("\n")]
    [InlineData("\r\n")]
    [InlineData("\r")]
    public void ReadsTheLinesReadLineReads_WhereverTheBufferEnds(string end)
    {
        for (var first = (64 * 1024) - 3; first <= (64 * 1024) + 2; first++)
        {
            var text = new string('a', first) + end + "1,b" + end + end + new string('c', 70_000) + end + "last";
            var reader = new RowReader(new StringReader(text), "rows.csv");

            Lines(reader, csv: true).Should().Equal(ReadLines(text), $"the first line has {first} characters");
        }
    }

    [Fact]
    public void KeepsAQuotedCellsLineBreaksAndQuotesInItsRow_ButNotInAStampLine()
    {
        const string text = "# scenario: a \"name\nindex,x\n0,\"a,\"\"b\"\"\r\nc\rd\",e\r\n1,f\n";
        var reader = new RowReader(new StringReader(text), "rows.csv");

        reader.ReadLine(csv: false).Should().Be("# scenario: a \"name");
        reader.ReadLine(csv: false).Should().Be("index,x");
        reader.ReadLine(csv: true).Should().Be("0,\"a,\"\"b\"\"\r\nc\rd\",e");
        reader.EndedWithLineBreak.Should().BeTrue();
        reader.ReadLine(csv: true).Should().Be("1,f");
        reader.ReadLine(csv: true).Should().BeNull();
    }

    [Fact]
    public void SaysWhetherTheLastLineEndedWithALineBreak()
    {
        var reader = new RowReader(new StringReader("0,a\n1,b"), "rows.csv");

        reader.ReadLine(csv: true).Should().Be("0,a");
        reader.EndedWithLineBreak.Should().BeTrue();
        reader.ReadLine(csv: true).Should().Be("1,b");
        reader.EndedWithLineBreak.Should().BeFalse();
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void RefusesALineLongerThanTheCap_AndReadsOneAtIt(bool csv)
    {
        var atTheCap = new string('x', RowReader.MaxLineChars);
        new RowReader(new StringReader(atTheCap + "\n"), "rows.csv").ReadLine(csv).Should().HaveLength(RowReader.MaxLineChars);

        var reader = new RowReader(new StringReader(atTheCap + "x\n"), "rows.csv");
        FluentActions.Invoking(() => reader.ReadLine(csv)).Should().Throw<CliFailure>()
            .Which.Message.Should().Be("Cannot read 'rows.csv': it holds a line longer than the 16 MiB a line of profiles.csv may be.");
    }

    private static List<string> Lines(RowReader reader, bool csv)
    {
        var lines = new List<string>();
        while (reader.ReadLine(csv) is { } line)
        {
            lines.Add(line);
        }

        return lines;
    }

    private static List<string> ReadLines(string text)
    {
        using var reader = new StringReader(text);
        var lines = new List<string>();
        while (reader.ReadLine() is { } line)
        {
            lines.Add(line);
        }

        return lines;
    }
}
