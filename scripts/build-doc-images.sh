#!/usr/bin/env bash
# Builds the page images of the French guide (docs/guide/images/*.png) from the annex of the example
# tender, so that the pictures always show what the tool generates today.
#
#   scripts/build-doc-images.sh
#
# Needs the .NET SDK, LibreOffice (soffice) and poppler-utils (pdfinfo, pdftoppm, pdftotext):
#   apt-get install -y libreoffice-writer-nogui poppler-utils fonts-crosextra-carlito
# ARTIFACTS_PATH=/some/dir passes --artifacts-path to dotnet, to build outside bin/ and obj/.
#
# Pages are found by their text, not by number, so that a longer catalogue or template moves them
# without breaking the script; it stops with a message if a page is not found or an image grows
# past 150 KB (the guide is read on a forge, and the images live in the repository).
set -euo pipefail
cd "$(dirname "$0")/.."
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

for tool in dotnet soffice pdfinfo pdftoppm pdftotext; do
  command -v "$tool" >/dev/null 2>&1 || { echo "build-doc-images.sh: '$tool' is required" >&2; exit 2; }
done

out=docs/guide/images
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
mkdir -p "$out"

# A fixed date, so that the document properties do not change from one build to the next.
export SOURCE_DATE_EPOCH="${SOURCE_DATE_EPOCH:-1767225600}"
artifacts=()
if [ -n "${ARTIFACTS_PATH:-}" ]; then
  artifacts=(--artifacts-path "$ARTIFACTS_PATH")
fi

dotnet run --project src/Clausier.Cli "${artifacts[@]}" -- \
  generate --tender templates/examples/tender.yml -o "$work/annexe.docx"

# A private LibreOffice profile: a running soffice or a user's settings must not change the rendering.
# Its stderr is noise on machines without Java ("failed to launch javaldx"); a failed conversion shows as a missing PDF.
soffice --headless -env:UserInstallation="file://$work/profile" \
  --convert-to pdf --outdir "$work" "$work/annexe.docx" >/dev/null 2>&1 || true
pdf="$work/annexe.pdf"
if [ ! -s "$pdf" ]; then
  echo "build-doc-images.sh: LibreOffice did not convert the annex to PDF" >&2
  exit 1
fi
pages="$(pdfinfo "$pdf" | awk '/^Pages:/ { print $2 }')"

# page_with TEXT [first|last]: the number of the first (or last) page whose text contains TEXT.
page_with() {
  local text="$1" which="${2:-first}" found=""
  for ((n = 1; n <= pages; n++)); do
    # grep reads to the end (no -q): an early exit would end pdftotext with SIGPIPE, which pipefail reports.
    if pdftotext -f "$n" -l "$n" -layout "$pdf" - | grep -F -- "$text" >/dev/null; then
      found="$n"
      [ "$which" = first ] && break
    fi
  done
  if [ -z "$found" ]; then
    echo "build-doc-images.sh: no page of the example annex contains \"$text\"" >&2
    exit 1
  fi
  echo "$found"
}

# render NAME PAGE: one page at 60 dpi, the resolution the guide's text assumes.
render() {
  local name="$1" page="$2"
  pdftoppm -png -r 60 -f "$page" -l "$page" -singlefile "$pdf" "$work/$name"
  cp "$work/$name.png" "$out/$name.png"
  local size
  size="$(stat -c %s "$out/$name.png")"
  if [ "$size" -ge 153600 ]; then
    echo "build-doc-images.sh: $out/$name.png is $size bytes, over the 150 KB budget" >&2
    exit 1
  fi
  echo "$out/$name.png: page $page, $size bytes"
}

# Assignments, so that set -e stops the script when a page is not found. The table of contents also
# names the instructions, hence "last"; the candidate block ends the annex.
instructions="$(page_with 'Instructions aux candidats' last)"
point="$(page_with 'O-2.7 Audit de conformité')"
candidate="$(page_with 'Raison sociale' last)"

render couverture 1
render instructions "$instructions"
render point "$point"
render candidat "$candidate"
