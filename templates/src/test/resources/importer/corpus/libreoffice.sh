#!/bin/sh
# Adds to the corpus the files LibreOffice writes from some of the docx4j/POI files (LibreOffice writes other XML:
# its own styles and grid widths, merged regions as covered cells, shared strings). The converted files are
# committed, so the tests never need LibreOffice; this script documents how they were made.
# Needs libreoffice-writer-nogui and libreoffice-calc-nogui. Run from this folder after CorpusFiles wrote the rest:
#   sh libreoffice.sh
set -eu
profile="file:///tmp/jixiao-corpus-lo-$$"
work=$(mktemp -d)
mkdir -p "$work/docx" "$work/xlsx" "$work/out"
for f in */*-346.docx */*-346.xlsx */*-820-b.docx */*-512-b.xlsx unit-code-only/*.docx no-unit-code/*.docx \
         not-goal-tables/self-evaluation.docx not-goal-tables/toc.docx not-goal-tables/self-evaluation.xlsx; do
  # a formula without its result is what the excel-formula files test: LibreOffice would calculate it
  case "$f" in *-lo.*|excel-formula/*) continue ;; esac
  [ -f "$f" ] || continue
  ext="${f##*.}"
  # LibreOffice names its output after the input: convert a copy named as the result should be; the folder
  # goes into the name (folder__file) so one run converts them all
  cp "$f" "$work/$ext/$(dirname "$f")__$(basename "${f%.*}")-lo.$ext"
done
soffice -env:UserInstallation="$profile" --headless --convert-to 'docx:MS Word 2007 XML' --outdir "$work/out" "$work"/docx/*.docx >/dev/null
soffice -env:UserInstallation="$profile" --headless --convert-to 'xlsx:Calc MS Excel 2007 XML' --outdir "$work/out" "$work"/xlsx/*.xlsx >/dev/null
for converted in "$work"/out/*; do
  name=$(basename "$converted")
  folder="${name%%__*}"
  file="${name#*__}"
  mv "$converted" "$folder/$file"
  cp "$folder/${file%-lo.*}.${file##*.}.json" "$folder/$file.json"
done
rm -rf "$work" "/tmp/jixiao-corpus-lo-$$"
