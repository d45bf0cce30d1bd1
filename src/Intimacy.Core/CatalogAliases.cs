// Implicit usings import System.Threading, whose Barrier type would make the catalog's
// Barrier ambiguous in every file that also imports Intimacy.Core.Barriers. An alias wins over
// namespace imports, so inside the library "Barrier" always means the catalog type. Apps that
// hit the same clash can add the same line.
global using Barrier = Intimacy.Core.Barriers.Barrier;
