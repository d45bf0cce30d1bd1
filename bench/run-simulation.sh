#!/usr/bin/env bash
# Measures one million simulated profiles with aggregates, whole process, on this machine.
# Usage: bench/run-simulation.sh [count] [runs]
# Each run is a new process (as a researcher's would be), measured by /usr/bin/time -v; with more than one run the
# script also prints the median and the range of the wall times and the largest peak memory, since a shared host's
# speed drifts by a fifth or more from one minute to the next and one run says little.
# For how the time divides between the rules and the rest of the pipeline, see
# `dotnet run -c Release --project bench/Intimacy.Simulation.Benchmarks -- --split [count] [threads]`; for how long the
# runtime's warm-up takes and what it costs, `... -- --ramp [count] [threads]`.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
count="${1:-1000000}"
runs="${2:-1}"
if ! [[ "$runs" =~ ^[1-9][0-9]*$ ]]; then
  echo "runs must be a whole number of at least 1, not '$runs'" >&2
  exit 2
fi

dotnet build "$root/src/Intimacy.Cli" -c Release -v quiet -nologo >/dev/null
# Which host the figures come from: a shared VM's CPU changes from one session to the next (a Zen 5 with AVX-512 ran
# this 2.5 to 3.3 times as fast as a Zen 3 at 2.45 GHz), so a figure means little without it.
awk -F': ' -v cores="$(nproc)" '
  /^model name/ && !m { m = $2 } /^cpu family/ && !f { f = $2 } /^model\t/ && !n { n = $2 } /^cpu MHz/ && !z { z = $2 }
  /^flags/ && !a { a = ($2 ~ /avx512f/) ? "AVX-512" : "no AVX-512" }
  END { printf "host: %s (family %s, model %s), %s cores, %s MHz, %s\n", m, f, n, cores, z, a }' /proc/cpuinfo
out="$(mktemp -d)"
walls=()
peak=0
for run in $(seq 1 "$runs"); do
  log="$out/time-$run.txt"
  /usr/bin/time -v "$root/src/Intimacy.Cli/bin/Release/net10.0/intimacy" simulate "$root/samples/scenarios/general-population.yaml" \
    --count "$count" --quiet --out "$out/result-$run" 2>"$log"
  # "Elapsed (wall clock) time (h:mm:ss or m:ss): 0:09.78" -> seconds.
  wall="$(awk -F': ' '/Elapsed \(wall clock\)/ { n = split($2, p, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + p[i]; printf "%.2f", s }' "$log")"
  user="$(awk -F': ' '/User time/ { print $2 }' "$log")"
  rss="$(awk -F': ' '/Maximum resident set size/ { print $2 }' "$log")"
  walls+=("$wall")
  (( rss > peak )) && peak="$rss"
  printf 'run %d: %s s wall, %s s user CPU, peak %s MB\n' "$run" "$wall" "$user" "$(awk -v k="$rss" 'BEGIN { printf "%.1f", k / 1024 }')"
done

if (( runs > 1 )); then
  sorted="$(printf '%s\n' "${walls[@]}" | sort -n)"
  median="$(echo "$sorted" | awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2]; else printf "%.2f", (v[NR / 2] + v[NR / 2 + 1]) / 2 }')"
  printf 'median %s s wall (%s to %s s over %d runs), largest peak %s MB\n' \
    "$median" "$(echo "$sorted" | head -1)" "$(echo "$sorted" | tail -1)" "$runs" "$(awk -v k="$peak" 'BEGIN { printf "%.1f", k / 1024 }')"
fi

echo "profiles: $count, outputs in $out"
