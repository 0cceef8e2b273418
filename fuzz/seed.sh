#!/bin/sh
# Fills fuzz/corpus/ (ignored by git) with seed inputs: the annotated corpus and the test texts
# for `extract`, chunks of the embedded gazetteers for `gazetteer`. Run from anywhere.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
root=$(dirname "$here")
mkdir -p "$here/corpus/extract" "$here/corpus/gazetteer"
cp "$root"/tests/corpus/*.txt "$here/corpus/extract/"
for f in "$root"/tests/texts/*; do cp "$f" "$here/corpus/extract/texts-$(basename "$f")"; done

# gazetteer inputs: byte 0 = index into GazetteerKind::ALL, byte 1 = mode (0 defaults,
# 1 nothing, 2 a small state table), then TSV text. The kinds in GazetteerKind::ALL order:
kind=0
for name in countries country_names demonyms places organizations themes titles given_names; do
    file="$root/gazetteers/$name.tsv"
    kind=$((kind + 1))
    [ -f "$file" ] || continue
    grep -v '^#' "$file" | split -l 25 - "$here/corpus/gazetteer/.chunk-$name-"
    for chunk in "$here"/corpus/gazetteer/.chunk-"$name"-*; do
        for mode in 0 1 2; do
            out="$here/corpus/gazetteer/$name-$mode-$(basename "$chunk" | sed 's/.*-//')"
            printf "\\$(printf %o $((kind - 1)))\\$(printf %o "$mode")" > "$out"
            cat "$chunk" >> "$out"
        done
        rm "$chunk"
    done
done
echo "seeded: $(ls "$here/corpus/extract" | wc -l) extract, $(ls "$here/corpus/gazetteer" | wc -l) gazetteer inputs"
