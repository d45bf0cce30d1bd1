using BenchmarkDotNet.Attributes;
using Intimacy.Rules.Fluent;
using Intimacy.Rules.Fluent.Dsl;

namespace Intimacy.Rules.Benchmarks;

public sealed record Profile(int Desire, int Conflict);
