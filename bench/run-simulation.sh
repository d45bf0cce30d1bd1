#!/usr/bin/env bash
# Measures one million simulated profiles with aggregates, whole process, on this machine.
# Usage: bench/run-simulation.sh [count]
# For how the time divides between the rules and the rest of the pipeline, see
# `dotnet run -c Release --project bench/Intimacy.Simulation.Benchmarks -- --split [count] [threads]`; for how long the
# runtime's warm-up takes and what it costs, `... -- --ramp [count] [threads]`.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
count="${1:-1000000}"
dotnet build "$root/src/Intimacy.Cli" -c Release -v quiet -nologo >/dev/null
out="$(mktemp -d)"
log="$out/time.txt"
/usr/bin/time -v "$root/src/Intimacy.Cli/bin/Release/net10.0/intimacy" simulate "$root/samples/scenarios/general-population.yaml" \
  --count "$count" --quiet --out "$out/result" 2>"$log"
grep -E "Elapsed \(wall clock\)|Maximum resident set size|User time|System time" "$log"
echo "profiles: $count, outputs in $out/result"
