using Intimacy.Core;

Console.WriteLine($"Intimacy.Core {IntimacyCoreInfo.Version}");
