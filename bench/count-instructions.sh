#!/usr/bin/env bash
# Counts the instructions one evaluation executes: a figure that does not move with the host's speed or its neighbours,
# for comparing two versions of the code on a shared machine whose speed drifts by a fifth or more from one minute to
# the next (and from one session's host to the next). It is not a time and no target is stated in it; the targets are
# BenchmarkDotNet's medians (docs/performance.md).
# Usage: bench/count-instructions.sh [recommend|outline] [first] [second]
# Runs the benchmark project's `--evaluations` loop over the 1,000 benchmark profiles under valgrind's callgrind twice,
# `first` and `second` evaluations (default 2,000 and 3,000), and prints the difference divided by `second - first`: what
# one evaluation adds, without the process's start, the engine's build and the rules' first compilations, which every
# profile's first evaluation (the first 1,000) pays. The runtime runs without tiered compilation
# (DOTNET_TieredCompilation=0), so that what is compiled does not depend on timing: every method is compiled fully
# optimized at its first call, without the profile-guided optimization of the tiered code BenchmarkDotNet measures, and
# the framework's precompiled code is used as it is; the counts are therefore higher than the tiered code's, but the same
# from one run to the next. Each run takes a minute or two.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
what="${1:-recommend}"
first="${2:-2000}"
second="${3:-3000}"
case "$what" in recommend | outline) ;; *) echo "expected recommend or outline, not '$what'" >&2; exit 2 ;; esac
if ! [[ "$first" =~ ^[0-9]+$ && "$second" =~ ^[0-9]+$ ]] || (( first < 1000 || second <= first )); then
  echo "first must be at least 1000 (every profile evaluated once before counting starts) and second larger" >&2
  exit 2
fi
command -v valgrind >/dev/null || { echo "valgrind is not installed (apt-get install -y valgrind)" >&2; exit 2; }

project="$root/bench/Intimacy.Recommendations.Benchmarks"
dotnet build "$project" -c Release -v quiet -nologo >/dev/null
dll="$project/bin/Release/net10.0/Intimacy.Recommendations.Benchmarks.dll"
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT
count() {
  DOTNET_TieredCompilation=0 valgrind --tool=callgrind --callgrind-out-file="$out/callgrind.$1" \
    dotnet "$dll" --evaluations "$1" "$what" >"$out/log.$1" 2>&1
  # "==123== Collected : 4351046877" -> the instructions executed by every thread of the process.
  awk '/Collected :/ { print $NF }' "$out/log.$1"
}
a="$(count "$first")"
b="$(count "$second")"
awk -v a="$a" -v b="$b" -v f="$first" -v n="$((second - first))" -v w="$what" \
  'BEGIN { printf "%s: %.0f instructions per evaluation (%d evaluations: %.0f in all; %d more: %.0f)\n", w, (b - a) / n, f, a, n, b }'
