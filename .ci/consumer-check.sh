#!/usr/bin/env bash
# Packs the libraries with a fresh prerelease version and meets them as an app developer would:
# - checks each package's metadata, content and dependency graph (.ci/check_packages.py);
# - restores tests/consumer (outside the solution, with its own nuget.config and package folder) against
#   exactly that version from artifacts/packages and runs it;
# - publishes the same consumer as a native AOT app, which also trims it, and runs it: its output must equal
#   the JIT run's, and Intimacy.Core must raise no trim or AOT warning;
# - installs the intimacy tool from the feed into a folder and runs --help and --version (which must print the
#   library version that plans are stamped with).
# Prints one line: 'consumer-check: OK ...' or 'consumer-check: FAIL ...'.
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
jit_output="artifacts/consumer-jit.txt"
dotnet run --project tests/consumer -c Release --no-build -p:IntimacyVersion="$version" >"$jit_output" \
  || { cat "$jit_output"; fail "the consumer ran but its plan was empty or unexplained"; }
cat "$jit_output"

python3 .ci/check_packages.py artifacts/packages "$version" \
  || fail "the packages' metadata, content or dependencies are not what an app should get"

# Native AOT: the ILCompiler packages come from the package source like any other; the C toolchain is clang
# when present, else gcc.
linker=()
command -v clang >/dev/null 2>&1 || linker=(-p:CppCompilerAndLinker=gcc)
aot="artifacts/consumer-aot"
rm -rf "$aot"
# Warnings stay warnings (the app's choice); each is listed by place rather than one per assembly.
dotnet publish tests/consumer -c Release --use-current-runtime --packages "$packages" -p:IntimacyVersion="$version" \
  -p:PublishAot=true -p:TreatWarningsAsErrors=false -p:TrimmerSingleWarn=false "${linker[@]}" -o "$aot" --nologo \
  >artifacts/consumer-aot-publish.txt 2>&1 \
  || { tail -n 30 artifacts/consumer-aot-publish.txt; fail "the consumer did not publish as a native AOT app"; }
if grep -E "warning IL[0-9]+" artifacts/consumer-aot-publish.txt | grep -F "Intimacy.Core." >/dev/null; then
  grep -E "warning IL[0-9]+" artifacts/consumer-aot-publish.txt | grep -F "Intimacy.Core." | sort -u
  fail "Intimacy.Core is marked trimmable and AOT-compatible but raised the trim or AOT warnings above"
fi
"$aot/Consumer" >artifacts/consumer-aot.txt \
  || { cat artifacts/consumer-aot.txt; fail "the consumer failed as a native AOT app"; }
diff -u "$jit_output" artifacts/consumer-aot.txt \
  || fail "the native AOT app's output differs from the JIT app's (above)"

# The tool, installed from the feed as its README says.
tool="artifacts/consumer-tool"
rm -rf "$tool"
dotnet tool install Intimacy.Cli --tool-path "$tool" --add-source artifacts/packages --version "$version" >/dev/null \
  || fail "dotnet tool install Intimacy.Cli $version from artifacts/packages failed"
"$tool/intimacy" --help >/dev/null || fail "intimacy --help failed"
tool_version="$("$tool/intimacy" --version)" || fail "intimacy --version failed"
library_version="$(sed -n 's/^Intimacy.Core \([^:]*\):.*/\1/p' "$jit_output")"
[[ "$tool_version" == "$library_version" && "${tool_version%%+*}" == "$version" ]] \
  || fail "intimacy --version prints '$tool_version', but the library (and so every plan stamp) is '$library_version' ($version)"

echo "consumer-check: OK (Intimacy.Recommendations $version restored from artifacts/packages ran the same plan as a JIT and a native AOT app; package metadata and graph checked; intimacy $tool_version installed and ran)"
