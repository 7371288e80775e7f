#!/usr/bin/env python3
"""Builds the coreference gold JSONL (docs/coreference.md) from articles.txt: the [[anaphor|referent]] markup is
removed and each link gets the anaphor's character offset (UTF-16 code units, as in .NET; the texts are BMP only).

    python3 tools/coref-gold/build.py > tests/Claimline.Tests/Entities/coref-gold.jsonl
"""
import json
import os
import re
import sys

PRONOUNS = {"he", "him", "his", "himself", "she", "her", "hers", "herself", "it", "its", "itself",
            "they", "them", "their", "themselves"}
DESCRIPTIONS = {"country", "nation", "ministry", "agency", "alliance", "company", "firm", "city", "organization",
                "department", "bloc", "court", "government", "council"}
MARK = re.compile(r"\[\[([^|\]]+)\|([^\]]+)\]\]")


def kind(anaphor):
    words = anaphor.lower().split()
    if len(words) == 1 and words[0] in PRONOUNS:
        return "pronoun"
    return "description" if words[-1] in DESCRIPTIONS else "role"


def article(header, body):
    _, ident, date = header.split()
    text, links, at = "", [], 0
    for match in MARK.finditer(body):
        text += body[at:match.start()]
        anaphor, referent = match.group(1), match.group(2)
        links.append({"anaphor": anaphor, "offset": len(text), "kind": kind(anaphor),
                      "referent": None if referent == "-" else referent})
        text += anaphor
        at = match.end()
    text += body[at:]
    if any(ord(c) > 0xFFFF for c in text):
        sys.exit(f"{ident}: characters outside the BMP would shift UTF-16 offsets")
    return {"id": ident, "date": date, "text": text.strip("\n") + "\n", "links": links}


def main():
    source = os.path.join(os.path.dirname(__file__), "articles.txt")
    header, lines = None, []
    out = []
    for line in open(source, encoding="utf-8"):
        if line.startswith("#") and header is None:
            continue
        if line.startswith("=== "):
            if header:
                out.append(article(header, "".join(lines)))
            header, lines = line, []
        else:
            lines.append(line)
    if header:
        out.append(article(header, "".join(lines)))
    for a in out:
        print(json.dumps(a, ensure_ascii=False))


main()
