#!/usr/bin/env python3
"""Assign the holdout: the quarter of the pages (rounded up) whose URL has the smallest sha256
goes to holdout/, the rest stays in gold/. Chosen by a hash, so that nobody picks it; run once
after the pages are registered, and again after pages are added: only the pages added since the last split may join the holdout, and a
page never moves from the holdout back to development. Writes the `split` column of the manifest."""
import hashlib, os

HERE = os.path.dirname(os.path.abspath(__file__))
REAL = os.path.dirname(HERE)
path = os.path.join(REAL, "manifest.tsv")
lines = [l.rstrip("\n").split("\t") for l in open(path, encoding="utf-8") if l.strip()]
head, body = lines[0], lines[1:]
if "split" not in head:
    head.append("split")
    body = [l + [""] for l in body]
body = [l + [""] * (len(head) - len(l)) for l in body]  # rows registered since the last split
col = head.index("split")
url = head.index("url")
ident = head.index("id")
want = -(-len(body) // 4)
held = {l[ident] for l in body if l[col] == "holdout"}
# Only the pages registered since the last split (their column empty) may join the holdout: a
# development page has been read to write rules and can never be measured as unseen.
new = [l for l in body if not l[col]]
for l in sorted(new, key=lambda l: hashlib.sha256(l[url].encode()).hexdigest()):
    if len(held) >= want:
        break
    held.add(l[ident])
os.makedirs(os.path.join(REAL, "holdout"), exist_ok=True)
for l in body:
    l[col] = "holdout" if l[ident] in held else "dev"
    if l[col] == "holdout":
        src = os.path.join(REAL, "gold", l[ident] + ".json")
        if os.path.exists(src):
            os.replace(src, os.path.join(REAL, "holdout", l[ident] + ".json"))
with open(path, "w", encoding="utf-8") as f:
    for l in [head] + sorted(body, key=lambda l: l[ident]):
        f.write("\t".join(l) + "\n")
print(f"{len(held)} of {len(body)} pages in the holdout")
