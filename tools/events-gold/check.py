#!/usr/bin/env python3
"""Validates the CAMEO events gold (docs/events-gold.md) and prints its counts.

    python3 tools/events-gold/check.py [GOLD.jsonl] [--shared DIR] [--floors gold|heldout]

Checks: every line is a JSON object with the documented fields; the text splits into sentences the way the gold
was written (one space or a blank line after . ! ? and an optional closing quote); every event's sentence is one of
those sentences and its trigger, source and target text lie inside it; flags are booleans. When the shared CAMEO
tables exist (../shared/data/cameo beside the repository, or --shared), every event code must be in
CAMEO.eventcodes.txt and every actor code must be a CAMEO country (or a region code of that table) followed by at
most one CAMEO.type.txt role, a bare role, or an IGO/NGO code that the Phoenix international actor dictionary
uses. Finally the floors the gold was written to (sentences, no-event sentences, events per root, flags) are
checked: the first gold's, or the smaller held-out gold's (events-heldout.jsonl) when the file name says
"heldout" or --floors heldout is given. Exit status 1 on any failure.
"""
import json
import os
import re
import sys
from collections import Counter

ROOT = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
DEFAULT_GOLD = os.path.join(ROOT, "tests", "Claimline.Tests", "Events", "events-gold.jsonl")
DEFAULT_SHARED = os.path.normpath(os.path.join(ROOT, "..", "shared"))
# Each gold was written to its own brief: the held-out one is smaller (docs/events-gold.md, "Held-out gold").
FLOORS = {
    "gold": {"sentences": 170, "no-event sentences": 35, "negated": 10, "hypothetical": 10, "reported": 10,
             "factual events per root": 6},
    "heldout": {"sentences": 110, "no-event sentences": 30, "negated": 6, "hypothetical": 6, "reported": 15,
                "factual events per root": 3},
}
SENTENCE_END = re.compile(r'(?<=[.!?])["”]?\s+(?=["“]?[A-Z])')
DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
CODE = re.compile(r"^\d{3,4}$")


def sentences(text):
    out = []
    for paragraph in text.split("\n\n"):
        start = 0
        for match in SENTENCE_END.finditer(paragraph):
            end = match.start() + (1 if paragraph[match.start()] in "\"”" else 0)
            out.append(paragraph[start:end].strip())
            start = match.end()
        out.append(paragraph[start:].strip())
    return [s for s in out if s]


def table(path):
    with open(path, encoding="utf-8", errors="replace") as f:
        return {line.split("\t")[0].strip() for line in f if "\t" in line}


def load_tables(shared):
    cameo = os.path.join(shared, "data", "cameo")
    if not os.path.isdir(cameo):
        return None
    events = {c for c in table(os.path.join(cameo, "gdelt", "CAMEO.eventcodes.txt")) if c.isdigit()}
    countries = table(os.path.join(cameo, "gdelt", "CAMEO.country.txt"))
    roles = table(os.path.join(cameo, "gdelt", "CAMEO.type.txt")) - {"CODE"}
    phoenix = set()
    with open(os.path.join(cameo, "petrarch2", "Phoenix.International.actors.txt"), encoding="utf-8",
              errors="replace") as f:
        for line in f:
            phoenix.update(re.findall(r"\[((?:IGO|NGO)[A-Z]*)", line))
    return {"events": events, "countries": countries, "roles": roles, "phoenix": phoenix}


def actor_ok(code, tables):
    if code in tables["phoenix"] or code in ("IGO", "NGO"):
        return True
    if code in tables["roles"]:
        return True
    country, role = code[:3], code[3:]
    return country in tables["countries"] and (role == "" or role in tables["roles"])


def main(argv):
    gold, shared, floors = DEFAULT_GOLD, DEFAULT_SHARED, None
    args = list(argv)
    while args:
        arg = args.pop(0)
        if arg == "--shared":
            shared = args.pop(0)
        elif arg == "--floors":
            floors = args.pop(0)
            if floors not in FLOORS:
                sys.exit(f"--floors must be one of {', '.join(FLOORS)}")
        else:
            gold = arg
    if floors is None:
        floors = "heldout" if "heldout" in os.path.basename(gold) else "gold"
    tables = load_tables(shared)
    errors = []
    counts = Counter()
    per_root, factual_per_root, per_code = Counter(), Counter(), Counter()
    ids = set()
    with open(gold, encoding="utf-8") as f:
        lines = f.read().splitlines()
    for number, line in enumerate(lines, 1):
        where = f"line {number}"
        try:
            article = json.loads(line)
        except json.JSONDecodeError as e:
            errors.append(f"{where}: not JSON ({e})")
            continue
        for key, kind in (("id", str), ("date", str), ("title", str), ("text", str), ("events", list)):
            if not isinstance(article.get(key), kind):
                errors.append(f"{where}: field {key!r} missing or not {kind.__name__}")
        if errors and errors[-1].startswith(where):
            continue
        where = article["id"]
        if where in ids:
            errors.append(f"{where}: duplicate id")
        ids.add(where)
        if not DATE.match(article["date"]):
            errors.append(f"{where}: date {article['date']!r} is not YYYY-MM-DD")
        split = sentences(article["text"])
        counts["articles"] += 1
        counts["sentences"] += len(split)
        with_event = set()
        seen = set()
        for i, ev in enumerate(article["events"]):
            at = f"{where} event {i + 1}"
            sentence = ev.get("sentence")
            if not isinstance(sentence, str) or sentence not in article["text"]:
                errors.append(f"{at}: sentence is not a substring of the text")
                continue
            if sentence not in split:
                errors.append(f"{at}: sentence is not one whole sentence of the text: {sentence[:60]!r}")
            with_event.add(sentence)
            if not isinstance(ev.get("trigger"), str) or ev["trigger"] not in sentence:
                errors.append(f"{at}: trigger {ev.get('trigger')!r} is not in its sentence")
            for role in ("source", "target"):
                a = ev.get(role)
                if not isinstance(a, dict) or not isinstance(a.get("text"), str) or not isinstance(a.get("code"), str):
                    errors.append(f"{at}: {role} must be {{text, code}}")
                    continue
                if a["text"] not in sentence:
                    errors.append(f"{at}: {role} text {a['text']!r} is not in its sentence")
                if tables and not actor_ok(a["code"], tables):
                    errors.append(f"{at}: {role} code {a['code']!r} is not a CAMEO actor code")
            code = ev.get("code")
            if not isinstance(code, str) or not CODE.match(code):
                errors.append(f"{at}: code {code!r} is not 3 or 4 digits")
                continue
            if tables and code not in tables["events"]:
                errors.append(f"{at}: code {code} is not in CAMEO.eventcodes.txt")
            for flag in ("negated", "hypothetical"):
                if not isinstance(ev.get(flag), bool):
                    errors.append(f"{at}: {flag} must be true or false")
            reporter = ev.get("reportedBy")
            if reporter is not None and (not isinstance(reporter, str) or (tables and not actor_ok(reporter, tables))):
                errors.append(f"{at}: reportedBy {reporter!r} is not null or a CAMEO actor code")
            key = (sentence, ev["source"]["code"], ev["target"]["code"], code, ev["trigger"])
            if key in seen:
                errors.append(f"{at}: duplicate event")
            seen.add(key)
            counts["events"] += 1
            counts["negated"] += ev["negated"] is True
            counts["hypothetical"] += ev["hypothetical"] is True
            counts["reported"] += reporter is not None
            per_root[code[:2]] += 1
            per_code[code] += 1
            if not ev["negated"] and not ev["hypothetical"]:
                factual_per_root[code[:2]] += 1
                counts["factual events"] += 1
        counts["event sentences"] += len(with_event)
        counts["no-event sentences"] += len(split) - len(with_event)

    print(f"gold: {os.path.relpath(gold, ROOT)}")
    print(f"CAMEO tables: {'checked against ' + shared if tables else 'not found, codes checked for shape only'}")
    print(f"floors: {floors}")
    for key in ("articles", "sentences", "event sentences", "no-event sentences", "events", "factual events",
                "negated", "hypothetical", "reported"):
        print(f"{key:>20}: {counts[key]}")
    print("events per root (all / factual):")
    for root in (f"{r:02d}" for r in range(1, 21)):
        print(f"  {root}: {per_root[root]:3d} / {factual_per_root[root]:3d}")
    print(f"distinct codes: {len(per_code)}: " + " ".join(f"{c}x{n}" for c, n in sorted(per_code.items())))

    for key, floor in FLOORS[floors].items():
        if key == "factual events per root":
            short = [r for r in (f"{r:02d}" for r in range(1, 21)) if factual_per_root[r] < floor]
            if short:
                errors.append(f"roots with fewer than {floor} factual events: {' '.join(short)}")
        elif counts[key] < floor:
            errors.append(f"{key}: {counts[key]} < {floor}")
    for e in errors:
        print("ERROR " + e)
    print("OK" if not errors else f"{len(errors)} error(s)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
