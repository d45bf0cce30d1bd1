#!/usr/bin/env bash
# Packs the libraries with a fresh prerelease version, restores tests/consumer (outside the solution,
# with its own nuget.config and package folder) against exactly that version from artifacts/packages,
# runs it, and prints one line: 'consumer-check: OK ...' or 'consumer-check: FAIL ...'.
set -uo pipefail
cd "$(dirname "$0")/.."
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

fail() {
  echo "consumer-check: FAIL ($1)"
  exit 1
}

version="$(bash .ci/pack.sh | tail -n 1)" && [[ -n "$version" ]] || fail "dotnet pack failed"
echo "packed $version into artifacts/packages"

# Its own package folder, so nothing is taken from the machine's global cache; old Intimacy.*
# versions are dropped so the folder does not grow with every build.
packages="artifacts/consumer-packages"
mkdir -p "$packages"
rm -rf "$packages"/intimacy.*

dotnet restore tests/consumer --packages "$packages" -p:IntimacyVersion="$version" --nologo -v:quiet \
  || fail "restore of Intimacy.Recommendations $version from artifacts/packages failed"
for id in intimacy.core intimacy.rules intimacy.recommendations; do
  [[ -f "$packages/$id/$version/$id.$version.nupkg" ]] || fail "$id $version was not restored into $packages"
done

dotnet build tests/consumer -c Release --no-restore -p:IntimacyVersion="$version" --nologo -v:quiet \
  || fail "the consumer did not build against $version"
dotnet run --project tests/consumer -c Release --no-build -p:IntimacyVersion="$version" \
  || fail "the consumer ran but its plan was empty or unexplained"

echo "consumer-check: OK (Intimacy.Recommendations $version restored from artifacts/packages and ran a plan)"
