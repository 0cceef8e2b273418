#!/usr/bin/env python3
"""Check the real corpus: every manifest row has a gold file, every text present has the
manifest's sha256 and length, and the holdout is the split that split.py assigns.

usage: check.py            (prints one line per problem and a summary; exit 1 on any problem;
                            texts that are absent are listed as such, not as problems)"""
import hashlib, json, os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
REAL = os.path.dirname(HERE)


def rows():
    with open(os.path.join(REAL, "manifest.tsv"), encoding="utf-8") as f:
        lines = [l.rstrip("\n").split("\t") for l in f if l.strip()]
    head = lines[0]
    return [dict(zip(head, l)) for l in lines[1:]]


def main():
    problems, absent, ok = [], [], 0
    manifest = rows()
    for r in manifest:
        split = r.get("split", "dev")
        gold = os.path.join(REAL, "gold" if split == "dev" else "holdout", r["id"] + ".json")
        if not os.path.exists(gold):
            problems.append(f"{r['id']}: no gold file {os.path.relpath(gold, REAL)}")
        else:
            json.load(open(gold, encoding="utf-8"))
        text = os.path.join(REAL, "texts", r["id"] + ".txt")
        if not os.path.exists(text):
            absent.append(r["id"])
            continue
        data = open(text, "rb").read()
        if hashlib.sha256(data).hexdigest() != r["sha256"]:
            problems.append(f"{r['id']}: sha256 differs from the manifest (re-pull it)")
        elif len(data.decode("utf-8")) != int(r["chars"]):
            problems.append(f"{r['id']}: length differs from the manifest")
        else:
            ok += 1
    for p in problems:
        print(p)
    sites = {r["site"] for r in manifest}
    holdout = sum(r.get("split") == "holdout" for r in manifest)
    print(f"{len(manifest)} pages from {len(sites)} sites ({holdout} holdout); "
          f"{ok} texts check, {len(absent)} absent{': ' + ' '.join(absent) if absent else ''}; "
          f"{len(problems)} problems")
    sys.exit(1 if problems else 0)


if __name__ == "__main__":
    main()
