"""Developer tool: fill unfinished entries of a Qt Linguist ``.ts`` file from a JSON mapping
``{"Context": {"source": "translation"}}`` (or ``{"*": {...}}`` for any context), and list what is
still unfinished. Run ``pyside6-lupdate ui -ts resources/translations/mediator_zh_CN.ts`` first.

    python scripts/fill_translations.py resources/translations/mediator_zh_CN.ts zh.json
    python scripts/fill_translations.py resources/translations/mediator_zh_CN.ts --missing
"""

from __future__ import annotations

import argparse
import json
import sys
import xml.etree.ElementTree as ET
from pathlib import Path


def unfinished(root: ET.Element):  # noqa: ANN201
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is not None and translation.get("type") == "unfinished":
                yield name, message, translation


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("ts", type=Path)
    parser.add_argument("mapping", type=Path, nargs="?")
    parser.add_argument("--missing", action="store_true", help="print the unfinished entries as JSON")
    args = parser.parse_args(argv)
    tree = ET.parse(args.ts)
    root = tree.getroot()
    if args.mapping:
        mapping = json.loads(args.mapping.read_text(encoding="utf-8"))
        filled = 0
        for context, message, translation in unfinished(root):
            source = message.findtext("source") or ""
            text = mapping.get(context, {}).get(source) or mapping.get("*", {}).get(source)
            if text:
                translation.text = text
                del translation.attrib["type"]
                filled += 1
        tree.write(args.ts, encoding="utf-8", xml_declaration=True)
        print(f"filled {filled}", file=sys.stderr)
    left: dict[str, dict[str, str]] = {}
    for context, message, _t in unfinished(root):
        left.setdefault(context, {})[message.findtext("source") or ""] = ""
    if args.missing:
        print(json.dumps(left, ensure_ascii=False, indent=1))
    print(f"unfinished: {sum(len(v) for v in left.values())}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
