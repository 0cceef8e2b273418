#!/usr/bin/env python3
"""Record the sha256 and length of a page's text in the manifest after its text was corrected
against a fresh pull (see README: texts are the excerpt with no-break spaces as plain spaces).

usage: rehash.py ID [ID...]"""
import fcntl, hashlib, os, sys

REAL = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
path = os.path.join(REAL, "manifest.tsv")
with open(path, "r+", encoding="utf-8") as f:
    fcntl.flock(f, fcntl.LOCK_EX)
    lines = [l.rstrip("\n").split("\t") for l in f if l.strip()]
    head = lines[0]
    for doc in sys.argv[1:]:
        data = open(os.path.join(REAL, "texts", doc + ".txt"), "rb").read()
        for l in lines[1:]:
            if l[head.index("id")] == doc:
                l[head.index("sha256")] = hashlib.sha256(data).hexdigest()
                l[head.index("chars")] = str(len(data.decode("utf-8")))
                print(f"{doc}: {l[head.index('sha256')][:12]}…, {l[head.index('chars')]} chars")
    f.seek(0)
    f.truncate()
    for l in lines:
        f.write("\t".join(l) + "\n")
