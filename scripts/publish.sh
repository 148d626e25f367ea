#!/usr/bin/env bash
# Builds the self-contained `clausier` executables that are handed to buyers (Windows) and to
# purchasing-centre IT staff (Linux); neither needs a .NET installation.
#
#   scripts/publish.sh                 # win-x64 and linux-x64
#   scripts/publish.sh linux-x64       # one runtime only
#
# win-x64: artifacts/publish/win-x64/clausier.exe, a single file, compressed, carrying the built-in
# catalogue and templates and the web pages (`clausier serve`). On its first run it unpacks itself
# once into %TEMP%\.net\clausier\ (or under DOTNET_BUNDLE_EXTRACT_BASE_DIR). It is cross-published
# from Linux with the .NET SDK alone (runtime packs and Crossgen2 come from the NuGet feed);
# ReadyToRun compiles the assemblies ahead of time so that a one-shot command does not spend its
# time in the JIT, at the cost of several minutes of publishing on two cores.
#
# linux-x64: artifacts/publish/linux-x64/clausier plus its builtin/ folder (catalogue and
# templates), to hand out together. Native AOT: the whole program compiled to one native
# executable, whose one-shot `clausier generate` starts several times faster than the single-file
# ReadyToRun build's (settings in src/Clausier.Cli/Clausier.Cli.csproj, figures in
# docs/performance.md). It has no
# `clausier serve`: Razor Pages cannot be compiled ahead of time. Native AOT compiles on the
# machine's own OS only (hence not for Windows from here) and needs a C toolchain: clang or gcc,
# and zlib1g-dev (`apt-get install clang zlib1g-dev`). It takes a few minutes on two cores.
#
# Intermediate files go to artifacts/build (override with CLAUSIER_BUILD_DIR) so that publishing
# never touches the obj/ and bin/ folders of a working copy that is being built at the same time.
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
    win-x64) how=(-p:PublishSingleFile=true -p:PublishReadyToRun=true) ;;
    linux-x64) how=(-p:PublishAot=true) ;;
    *) echo "publish.sh: unsupported runtime '$rid' (win-x64 or linux-x64)" >&2; exit 2 ;;
  esac
  out="artifacts/publish/$rid"
  rm -rf "$out"
  echo "== $rid → $out"
  dotnet publish src/Clausier.Cli -c Release -r "$rid" "${how[@]}" \
    --artifacts-path "$build" -o "$out" -nodeReuse:false
done

# Smoke test: the Linux executable, copied with its builtin/ folder into a folder with nothing else
# around, must find its catalogue, write an annex, and refuse `serve` with exit code 2.
if [ "$(uname -s)-$(uname -m)" = "Linux-x86_64" ] && [ -x artifacts/publish/linux-x64/clausier ]; then
  smoke="$(mktemp -d)"
  trap 'rm -rf "$smoke"' EXIT
  cp -R artifacts/publish/linux-x64/clausier artifacts/publish/linux-x64/builtin "$smoke/"
  (
    cd "$smoke"
    ./clausier --version
    ./clausier generate -o annexe.docx >/dev/null
    test -s annexe.docx
    status=0
    ./clausier serve 2>/dev/null || status=$?
    if [ "$status" -ne 2 ]; then
      echo "publish.sh: 'clausier serve' exited with $status, expected 2 (no web server in the native build)" >&2
      exit 1
    fi
  )
  echo "smoke test passed: --version, generate, serve refused"
fi

ls -l artifacts/publish/*/clausier* 2>/dev/null || true
