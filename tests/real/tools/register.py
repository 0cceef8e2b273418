#!/usr/bin/env python3
"""Take a page into the real corpus: check it, then add its line to the manifest.

usage: register.py ID URL QUERY        (the text must already be in tests/real/texts/ID.txt)

Refuses (exit 1, and removes the text) a page that ../shared/tools/reserved-url or reserved-text
calls reserved, a URL already taken, a site that has two pages already, or a text that shares 30%
or more of its 8-word runs with a page already taken (the same release relayed by another site).
Otherwise appends `id, url, query, sha256, chars, site` to tests/real/manifest.tsv."""
import fcntl, hashlib, os, re, subprocess, sys, unicodedata
from urllib.parse import urlsplit

HERE = os.path.dirname(os.path.abspath(__file__))
REAL = os.path.dirname(HERE)
ROOT = os.path.dirname(os.path.dirname(REAL))
SHARED = os.path.join(os.path.dirname(ROOT), "shared", "tools")
MANIFEST = os.path.join(REAL, "manifest.tsv")
COLUMNS = ["id", "url", "query", "sha256", "chars", "site"]
PER_SITE = 2


def site(url):
    host = urlsplit(url if "://" in url else "http://" + url).netloc.lower()
    return host[4:] if host.startswith("www.") else host


def shingles(s, k=8):
    s = unicodedata.normalize("NFKD", s.lower())
    w = re.findall(r"[a-z0-9]+", "".join(c for c in s if not unicodedata.combining(c)))
    return {" ".join(w[i:i + k]) for i in range(max(0, len(w) - k + 1))}


def refuse(path, why):
    if os.path.exists(path):
        os.remove(path)
    sys.exit(f"refused: {why} (text removed)")


def main():
    if len(sys.argv) != 4:
        sys.exit(__doc__)
    doc, url, query = sys.argv[1:]
    if not re.fullmatch(r"r\d{3}", doc):
        sys.exit("ID must look like r123")
    path = os.path.join(REAL, "texts", doc + ".txt")
    data = open(path, "rb").read()
    text = data.decode("utf-8")
    for tool, arg in (("reserved-url", url), ("reserved-text", path)):
        r = subprocess.run([os.path.join(SHARED, tool), arg], capture_output=True, text=True)
        if r.returncode != 0:
            refuse(path, f"{tool}: {r.stdout.strip()}")
    with open(MANIFEST, "a+", encoding="utf-8") as f:
        fcntl.flock(f, fcntl.LOCK_EX)
        f.seek(0)
        rows = [dict(zip(COLUMNS, l.rstrip("\n").split("\t"))) for l in f if l.strip()]
        rows = [r for r in rows if r["id"] != "id"]
        if any(r["id"] == doc for r in rows):
            sys.exit(f"refused: {doc} is in the manifest already")
        if any(r["url"] == url for r in rows):
            refuse(path, "that URL is taken already")
        if sum(r["site"] == site(url) for r in rows) >= PER_SITE:
            refuse(path, f"{site(url)} has {PER_SITE} pages already")
        mine = shingles(text)
        for r in rows:
            other = os.path.join(REAL, "texts", r["id"] + ".txt")
            if mine and os.path.exists(other):
                share = len(mine & shingles(open(other, encoding="utf-8").read())) / len(mine)
                if share >= 0.30:
                    refuse(path, f"{share:.0%} of its runs are in {r['id']} (a relay)")
        if not rows:
            f.write("\t".join(COLUMNS) + "\n")
        clean = lambda s: s.replace("\t", " ").replace("\n", " ")
        f.write("\t".join([doc, clean(url), clean(query), hashlib.sha256(data).hexdigest(),
                           str(len(text)), site(url)]) + "\n")
    print(f"registered {doc}: {site(url)}, {len(text)} chars")


if __name__ == "__main__":
    main()
