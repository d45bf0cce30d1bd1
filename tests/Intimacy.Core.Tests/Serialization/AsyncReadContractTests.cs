using Intimacy.Core.Serialization;
using Intimacy.Core.Tests.Profiles;

namespace Intimacy.Core.Tests.Serialization;

/// <summary>
/// The async readers check their stream at the call (not in the returned task) and honour a token
/// cancelled before the call, as their XML docs say.
/// </summary>
public class AsyncReadContractTests
{
    [Fact]
    public void ProfileJson_DeserializeAsync_NullStream_ThrowsAtTheCall()
    {
        var act = () => { _ = ProfileJson.DeserializeAsync(null!); };

        act.Should().Throw<ArgumentNullException>().WithParameterName("utf8Json");
    }

    [Fact]
    public void PlanJson_DeserializeAsync_NullStream_ThrowsAtTheCall()
    {
        var act = () => { _ = PlanJson.DeserializeAsync(null!); };

        act.Should().Throw<ArgumentNullException>().WithParameterName("utf8Json");
    }

    [Fact]
    public async Task ProfileJson_DeserializeAsync_TokenCancelledBeforeTheCall_IsCancelled()
    {
        using var stream = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(ProfileJson.Serialize(SampleProfiles.Full())));

        var act = async () => await ProfileJson.DeserializeAsync(stream, new CancellationToken(canceled: true));

        await act.Should().ThrowAsync<OperationCanceledException>();
    }

    [Fact]
    public async Task PlanJson_DeserializeAsync_TokenCancelledBeforeTheCall_IsCancelled()
    {
        using var stream = new MemoryStream("{}"u8.ToArray());

        var act = async () => await PlanJson.DeserializeAsync(stream, new CancellationToken(canceled: true));

        await act.Should().ThrowAsync<OperationCanceledException>();
    }
}
