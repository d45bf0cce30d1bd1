namespace WebQuestionnaire.EndToEnd.Tests;

/// <summary>The browser, and (once the sample exists) the WebQuestionnaire app on Kestrel.</summary>
public sealed class WebAppFixture : BrowserFixture
{
}

/// <summary>All browser tests share one browser and one app and run one after another.</summary>
[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<WebAppFixture>
{
    public const string Name = "browser";
}
