#!/usr/bin/env python3
"""Builds the CAMEO events gold JSONL (docs/events-gold.md) from articles.txt, where every sentence is a line and
each event is written under its sentence. The sentence, trigger, source and target of each event are checked to be
exact substrings (the sentence of the text, the rest of the sentence) before anything is printed.

    python3 tools/events-gold/build.py > tests/Claimline.Tests/Events/events-gold.jsonl
    python3 tools/events-gold/build.py tools/events-gold/heldout-articles.txt > tests/Claimline.Tests/Events/events-heldout.jsonl

The optional argument names another source in the same format (the held-out gold); articles.txt is the default.
"""
import json
import os
import sys


SOURCE = os.path.join(os.path.dirname(__file__), "articles.txt")


def fail(where, message):
    sys.exit(f"{os.path.basename(SOURCE)}:{where}: {message}")


def actor(field, where):
    text, sep, code = field.rpartition("=")
    if not sep or not text.strip() or not code.strip():
        fail(where, f"actor must be 'TEXT = CODE': {field!r}")
    return {"text": text.strip(), "code": code.strip()}


def event(line, sentence, where):
    parts = [p.strip() for p in line.split("|")]
    if len(parts) != 5:
        fail(where, "an event has five fields: trigger | source | target | code | flags")
    trigger, source, target, code, flags = parts
    ev = {"sentence": sentence, "trigger": trigger, "source": actor(source, where), "target": actor(target, where),
          "code": code, "negated": False, "hypothetical": False, "reportedBy": None}
    for flag in ([] if flags == "-" else [f.strip() for f in flags.split(",")]):
        if flag == "neg":
            ev["negated"] = True
        elif flag == "hyp":
            ev["hypothetical"] = True
        elif flag.startswith("rep="):
            ev["reportedBy"] = flag[4:]
        else:
            fail(where, f"unknown flag {flag!r}")
    for name, value in (("trigger", trigger), ("source", ev["source"]["text"]), ("target", ev["target"]["text"])):
        if value not in sentence:
            fail(where, f"{name} {value!r} is not in its sentence")
    return ev


def articles(lines):
    current = None
    for number, raw in enumerate(lines, 1):
        line = raw.rstrip("\n")
        if line.startswith("#") and current is None:
            continue
        if line.startswith("=== "):
            if current:
                yield current
            ident, date, title = [p.strip() for p in line[4:].split("|", 2)]
            current = {"id": ident, "date": date, "title": title, "paragraphs": [[]], "events": []}
        elif current is None or (not line.strip() and not current["paragraphs"][-1]):
            continue
        elif not line.strip():
            current["paragraphs"].append([])
        elif line.startswith("  > "):
            if not current["paragraphs"][-1]:
                fail(number, "an event line must follow a sentence")
            current["events"].append(event(line[4:], current["paragraphs"][-1][-1], number))
        else:
            current["paragraphs"][-1].append(line.strip())
    if current:
        yield current


def main(argv):
    global SOURCE
    if argv:
        SOURCE = argv[0]
    with open(SOURCE, encoding="utf-8") as source:
        lines = source.readlines()
    for a in articles(lines):
        paragraphs = [p for p in a["paragraphs"] if p]
        text = "\n\n".join(" ".join(p) for p in paragraphs)
        out = {"id": a["id"], "date": a["date"], "title": a["title"], "text": text, "events": a["events"]}
        print(json.dumps(out, ensure_ascii=False))


if __name__ == "__main__":
    main(sys.argv[1:])
