#!/usr/bin/env python3
"""Checks the procedures' declared paragraphs against their source documents.

    scripts/check-outline-paragraphs.py SOURCES_DIR [PROCEDURE.json ...]   default: procedures/*.json

For each procedure, every paragraph's and list item's first words (`opens`) must occur in the document named by
`document.sourceFile` (in SOURCES_DIR), in the outline's order, ignoring Markdown emphasis, link brackets, table
bars and runs of white space. The source documents are not in the repository, so this is an author's tool, not a
test: run it after declaring or changing `paragraphs`. Exits 1 naming each paragraph it cannot find.
"""
import glob
import json
import os
import re
import sys


def plain(text):
    text = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", text)  # [label](#) -> label
    text = re.sub(r"[*_|\\]|<[^>]+>", " ", text)  # emphasis, table bars, HTML tags
    return re.sub(r"\s+", " ", text).strip().lower()


def main():
    if len(sys.argv) < 2:
        print(__doc__.strip(), file=sys.stderr)
        return 2
    sources = sys.argv[1]
    files = sys.argv[2:] or sorted(glob.glob(os.path.join(os.path.dirname(__file__), "..", "procedures", "*.json")))
    failures = 0
    for path in files:
        procedure = json.load(open(path, encoding="utf-8"))
        document = procedure["document"]
        text = plain(open(os.path.join(sources, document["sourceFile"]), encoding="utf-8").read())
        at = 0
        checked = 0
        for section in document.get("outline", []):
            for number, paragraph in enumerate(section.get("paragraphs") or [], 1):
                entries = []
                if isinstance(paragraph, str):
                    entries.append((f"¶{number}", paragraph))
                else:
                    if paragraph.get("opens") and not paragraph.get("items"):
                        entries.append((f"¶{number}", paragraph["opens"]))
                    for item_number, item in enumerate(paragraph.get("items") or [], 1):
                        entries.append((f"¶{number}.{item_number}", item if isinstance(item, str) else item["opens"]))
                for label, opens in entries:
                    found = text.find(plain(opens), at)
                    if found < 0:
                        anywhere = text.find(plain(opens))
                        where = "out of order" if anywhere >= 0 else "not in the source"
                        print(f"{os.path.basename(path)}: {section['id']} {label} «{opens}»: {where}")
                        failures += 1
                    else:
                        at = found
                    checked += 1
        print(f"{os.path.basename(path)}: {checked} paragraphs and items checked against {document['sourceFile']}")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
