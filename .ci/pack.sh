#!/usr/bin/env bash
# Packs the shipped libraries and the intimacy tool into artifacts/packages with one prerelease version for this build:
# <VersionPrefix>-ci.<UTC yyyyMMddHHmmss>.g<short sha>. The last line printed is the version.
# Usage: bash .ci/pack.sh            (fresh suffix)
#        VERSION_SUFFIX=x bash .ci/pack.sh
set -euo pipefail
cd "$(dirname "$0")/.."
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

sha="$(git rev-parse --short=7 HEAD 2>/dev/null || echo nogit)"
# The 'g' keeps an all-digit sha from becoming a numeric SemVer identifier with a leading zero.
suffix="${VERSION_SUFFIX:-ci.$(date -u +%Y%m%d%H%M%S).g${sha}}"
prefix="$(sed -n 's:.*<VersionPrefix>\(.*\)</VersionPrefix>.*:\1:p' Directory.Build.props | head -n 1)"
version="${prefix}-${suffix}"

projects=(src/Intimacy.Core src/Intimacy.Rules src/Intimacy.Recommendations)
[[ -d src/Intimacy.Simulation ]] && projects+=(src/Intimacy.Simulation)
# The intimacy command-line tool (a dotnet tool package: it carries the libraries inside it).
[[ -d src/Intimacy.Cli ]] && projects+=(src/Intimacy.Cli)

# ContinuousIntegrationBuild maps the checkout's path to /_/ in the assemblies and symbols, as on a CI machine:
# without it every package named the folder it was packed in, so two checkouts of one commit gave different bytes.
for project in "${projects[@]}"; do
  dotnet pack "$project" -c Release -p:VersionSuffix="$suffix" -p:ContinuousIntegrationBuild=true --nologo -v:quiet >&2
done

for project in "${projects[@]}"; do
  id="$(basename "$project")"
  for ext in nupkg snupkg; do
    if [[ ! -f "artifacts/packages/${id}.${version}.${ext}" ]]; then
      echo "missing artifacts/packages/${id}.${version}.${ext}" >&2
      exit 1
    fi
  done
done
echo "$version"
