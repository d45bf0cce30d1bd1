// System.Threading.Barrier (imported implicitly) would make the catalog's Barrier ambiguous, and
// inside Intimacy.Core.Tests.* the simple names Barriers, Interventions, WarningSigns and Sources
// resolve to test namespaces before any using directive is consulted. These aliases have names
// nothing else claims.
global using Barrier = Intimacy.Core.Barriers.Barrier;
global using BuiltInBarriers = Intimacy.Core.Barriers.Barriers;
global using BuiltInInterventions = Intimacy.Core.Interventions.Interventions;
global using BuiltInSigns = Intimacy.Core.WarningSigns.WarningSigns;
global using BuiltInSources = Intimacy.Core.Sources.Sources;
