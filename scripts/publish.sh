#!/usr/bin/env bash
# Builds the self-contained single-file `clausier` executables that are handed to buyers (Windows)
# and to purchasing-centre IT staff (Linux). Both are cross-published from Linux with the .NET SDK
# alone; the runtime packs and Crossgen2 come from the NuGet feed.
#
#   scripts/publish.sh                 # win-x64 and linux-x64
#   scripts/publish.sh linux-x64       # one runtime only
#
# Output: artifacts/publish/<rid>/clausier(.exe), one file that needs no .NET installation and
# carries the built-in catalogue and templates. Intermediate files go to artifacts/build (override
# with CLAUSIER_BUILD_DIR) so that publishing never touches the obj/ and bin/ folders of a working
# copy that is being built at the same time.
#
# What "single file" means here is set in src/Clausier.Cli/Clausier.Cli.csproj: self-contained,
# compressed, everything bundled. On its first run the executable unpacks itself once into
# ~/.net/clausier/ (Linux) or %TEMP%\.net\clausier\ (Windows), or under DOTNET_BUNDLE_EXTRACT_BASE_DIR.
# ReadyToRun compiles the assemblies ahead of time so that a one-shot `clausier generate` does not
# spend its time in the JIT (0.55 s instead of 1.0 s on linux-x64); it makes publishing slow, several
# minutes per runtime on two cores.
set -euo pipefail
cd "$(dirname "$0")/.."
root="$(pwd)"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

rids=("$@")
if [ ${#rids[@]} -eq 0 ]; then
  rids=(win-x64 linux-x64)
fi
build="${CLAUSIER_BUILD_DIR:-artifacts/build}"

for rid in "${rids[@]}"; do
  case "$rid" in
    win-x64|linux-x64) ;;
    *) echo "publish.sh: unsupported runtime '$rid' (win-x64 or linux-x64)" >&2; exit 2 ;;
  esac
  out="artifacts/publish/$rid"
  rm -rf "$out"
  echo "== $rid → $out"
  dotnet publish src/Clausier.Cli -c Release -r "$rid" \
    -p:PublishSingleFile=true -p:PublishReadyToRun=true \
    --artifacts-path "$build" -o "$out" -nodeReuse:false
done

# Smoke test: the Linux executable must find its built-in catalogue from a folder with nothing
# around it. It unpacks into a throwaway folder, not ~/.net, which would keep ~100 MB per build.
if [ "$(uname -s)-$(uname -m)" = "Linux-x86_64" ] && [ -x artifacts/publish/linux-x64/clausier ]; then
  smoke="$(mktemp -d)"
  trap 'rm -rf "$smoke"' EXIT
  (cd "$smoke" && DOTNET_BUNDLE_EXTRACT_BASE_DIR="$smoke/extract" "$root/artifacts/publish/linux-x64/clausier" --version)
fi

ls -l artifacts/publish/*/clausier* 2>/dev/null || true
