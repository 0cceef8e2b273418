#!/usr/bin/env python3
"""Give every mention of a real-corpus gold file its byte offsets in its text, and check it.

usage: offsets.py GOLD.json [TEXT.txt]     (TEXT defaults to ../texts/<doc>.txt beside the gold)

Each list of a gold file is a multiset of mentions in order of appearance. Mention i of a type is
looked for in the text from the end of mention i-1 of the same type; its `start` and `end` become
UTF-8 byte offsets (as communique reports them). The file is rewritten in place, keys in the
order of tests/corpus/GUIDELINES.md. Exits 1, naming every mention it cannot place, when a text is
not in the document (a typo, a typographic apostrophe or a no-break space written otherwise) or
when the list is out of order."""
import json, os, sys

TYPES = ["persons", "titles", "countries", "demonyms", "dates", "relative_dates",
         "organizations", "places"]
VALUE_KEYS = {"persons": "canonical", "titles": "kind", "countries": "code", "demonyms": "code",
              "dates": "value"}
THEMES = {"terrorism", "violent_extremism", "radicalization", "terrorism_financing", "ideology",
          "media", "military", "international_cooperation"}


def place(gold, text):
    raw = text.encode("utf-8")
    problems = []
    for ty in TYPES:
        cursor = 0
        out = []
        for i, m in enumerate(gold.get(ty, [])):
            t = m.get("text", "")
            if not t:
                problems.append(f"{ty}[{i}]: empty text")
                out.append(m)
                continue
            b = t.encode("utf-8")
            at = raw.find(b, cursor)
            if at < 0:
                where = "not in the text" if raw.find(b) < 0 else "out of order (found earlier only)"
                problems.append(f"{ty}[{i}] {t!r}: {where}")
                out.append({k: v for k, v in m.items() if k not in ("start", "end")})
                continue
            m = dict(m)
            m["start"], m["end"] = at, at + len(b)
            cursor = at + len(b)
            key = VALUE_KEYS.get(ty)
            ordered = {"text": t}
            if key:
                ordered[key] = m.get(key)
            ordered["start"], ordered["end"] = m["start"], m["end"]
            out.append(ordered)
            if ty == "titles" and m.get("kind") not in ("honorific", "rank", "office"):
                problems.append(f"titles[{i}] {t!r}: kind must be honorific, rank or office")
            if ty in ("countries", "demonyms") and not (isinstance(m.get("code"), str) and len(m["code"]) == 2):
                problems.append(f"{ty}[{i}] {t!r}: code must be ISO 3166-1 alpha-2")
            if ty == "persons" and not m.get("canonical"):
                problems.append(f"persons[{i}] {t!r}: no canonical")
        gold[ty] = out
    for th in gold.get("themes", []):
        if th not in THEMES:
            problems.append(f"themes: unknown theme {th!r}")
    d = gold.get("dateline")
    if d is not None:
        if set(d) != {"place", "date"}:
            problems.append("dateline: needs exactly the keys place and date")
        elif d["place"] is not None and d["place"].encode("utf-8") not in raw:
            problems.append(f"dateline place {d['place']!r} not in the text")
    return problems


def main():
    if len(sys.argv) not in (2, 3):
        sys.exit(__doc__)
    gold_path = sys.argv[1]
    gold = json.load(open(gold_path, encoding="utf-8"))
    text_path = sys.argv[2] if len(sys.argv) == 3 else os.path.join(
        os.path.dirname(os.path.abspath(gold_path)), "..", "texts", gold["doc"] + ".txt")
    text = open(text_path, encoding="utf-8", newline="").read()
    problems = place(gold, text)
    ordered = {"doc": gold["doc"], "dateline": gold.get("dateline")}
    for ty in TYPES:
        ordered[ty] = gold[ty]
    ordered["themes"] = gold.get("themes", [])
    with open(gold_path, "w", encoding="utf-8") as f:
        json.dump(ordered, f, ensure_ascii=False, indent=2)
        f.write("\n")
    for p in problems:
        print(f"{gold_path}: {p}")
    sys.exit(1 if problems else 0)


if __name__ == "__main__":
    main()
