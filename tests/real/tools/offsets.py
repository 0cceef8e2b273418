#!/usr/bin/env python3
"""Give every mention of a real-corpus gold file its byte offsets in its text, and check it.

usage: offsets.py GOLD.json [TEXT.txt]     (TEXT defaults to ../texts/<doc>.txt beside the gold)

Each list of a gold file is a multiset of mentions in order of appearance. Mention i of a type is
placed at a whole-word occurrence after mention i-1 of the same type, and not inside a mention of
another type (nothing is listed inside a longer name; only titles hold other mentions): its
`start` and `end` become UTF-8 byte offsets (as communique reports them). The file is rewritten in place, keys in the
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


def is_word_byte(b):
    return b >= 0x80 or chr(b).isalnum()


def occurrences(raw, b):
    """Every whole-word occurrence of `b` in `raw` (no letter or digit glued on either side)."""
    out, at = [], raw.find(b)
    while at >= 0:
        before = raw[at - 1] if at > 0 else 0x20
        after = raw[at + len(b)] if at + len(b) < len(raw) else 0x20
        glued = (is_word_byte(before) and is_word_byte(b[0])) or \
                (is_word_byte(after) and is_word_byte(b[-1]))
        # A byte >= 0x80 before may be the end of a letter or of a punctuation mark such as
        # a guillemet: look at the whole character.
        if glued and at > 0 and before >= 0x80:
            ch = raw[:at].decode("utf-8", "replace")[-1:]
            glued = ch.isalnum() or not is_word_byte(b[0])
        if glued and at + len(b) < len(raw) and after >= 0x80:
            ch = raw[at + len(b):at + len(b) + 4].decode("utf-8", "ignore")[:1]
            glued = ch.isalnum() or not is_word_byte(b[-1])
        if not glued:
            out.append(at)
        at = raw.find(b, at + 1)
    return out


def place(gold, text):
    """Places every mention at a whole-word occurrence: the earliest that no other mention of
    its type holds and that lies inside no mention of another type (nothing is listed inside
    a longer name; only titles hold other mentions). Lists are then sorted by position."""
    raw = text.encode("utf-8")
    problems = []
    cands, pos = {}, {}
    for ty in TYPES:
        cands[ty] = [occurrences(raw, m.get("text", "").encode("utf-8")) if m.get("text") else []
                     for m in gold.get(ty, [])]
        pos[ty] = [None] * len(cands[ty])

    def length(ty, i):
        return len(gold[ty][i]["text"].encode("utf-8"))

    def span(ty, i):
        k = pos[ty][i]
        return None if k is None else (cands[ty][i][k], cands[ty][i][k] + length(ty, i))

    def free(ty, i, start):
        end = start + length(ty, i)
        return all(not (j != i and sp and sp[0] < end and start < sp[1])
                   for j, sp in ((j, span(ty, j)) for j in range(len(pos[ty]))))

    def settle(ty, i, first):
        """Moves mention i to its first free occurrence from candidate `first` on."""
        pos[ty][i] = None
        for k in range(first, len(cands[ty][i])):
            if free(ty, i, cands[ty][i][k]):
                pos[ty][i] = k
                return

    def holders():
        return [(span(ty, i), ty) for ty in TYPES if ty != "titles"
                for i in range(len(pos[ty])) if span(ty, i)]

    def inside(ty, sp, held):
        return any(oty != ty and o[0] <= sp[0] and sp[1] <= o[1]
                   and (o != sp or TYPES.index(oty) < TYPES.index(ty))
                   for o, oty in held)

    def settle_outside(ty, i, held):
        """The first free occurrence outside every mention of another type."""
        pos[ty][i] = None
        for k, at in enumerate(cands[ty][i]):
            if free(ty, i, at) and not inside(ty, (at, at + length(ty, i)), held):
                pos[ty][i] = k
                return

    # Names first, longest first (a short mention must not take the place of a longer one
    # that starts with it; equal texts keep their order), then moved out of each other.
    names = [ty for ty in TYPES if ty != "titles"]
    for ty in names:
        for i in sorted(range(len(pos[ty])), key=lambda i: -length(ty, i)):
            settle(ty, i, 0)
    for _ in range(200):
        moved = False
        held = holders()
        for ty in names:
            for i in range(len(pos[ty])):
                sp = span(ty, i)
                if sp is not None and inside(ty, sp, held):
                    settle_outside(ty, i, held)
                    moved = True
                    break
            if moved:
                break
        if not moved:
            break
    # Then titles, which may hold names but lie inside none.
    held = holders()
    for i in sorted(range(len(pos["titles"])), key=lambda i: -length("titles", i)):
        settle_outside("titles", i, held)
    for ty in TYPES:
        order = sorted(range(len(pos[ty])), key=lambda i: (span(ty, i) or (1 << 60, 0))[0])
        gold[ty] = [gold[ty][i] for i in order]
        cands[ty] = [cands[ty][i] for i in order]
        pos[ty] = [pos[ty][i] for i in order]

    for ty in TYPES:
        out = []
        for i, m in enumerate(gold.get(ty, [])):
            t = m.get("text", "")
            sp = span(ty, i)
            if not t:
                problems.append(f"{ty}[{i}]: empty text")
                out.append(m)
                continue
            if sp is None:
                where = "not in the text as a whole word" if not cands[ty][i] else \
                    "no occurrence left in order outside the other mentions"
                problems.append(f"{ty}[{i}] {t!r}: {where}")
                out.append({k: v for k, v in m.items() if k not in ("start", "end")})
                continue
            key = VALUE_KEYS.get(ty)
            ordered = {"text": t}
            if key:
                ordered[key] = m.get(key)
            ordered["start"], ordered["end"] = sp
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
