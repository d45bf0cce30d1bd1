global using Barrier = Intimacy.Core.Barriers.Barrier;
