"""Refresh the English catalogue: extract every tr() string of the GUI and its forms into
assist_desktop/resources/translations/assist_en.ts (pyside6-lupdate), give the plural messages their English
forms ("%n day(s)" -> "%n day" / "%n days"), and compile assist_en.qm (pyside6-lrelease).

Another language: copy assist_en.ts to assist_<lang>.ts, translate it in Qt Linguist, compile.
"""
from __future__ import annotations

import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BIN = Path(sys.executable).parent
TS = ROOT / "assist_desktop" / "resources" / "translations" / "assist_en.ts"


SPECIAL = {"%n entries": ("%n entry", "%n entries")}


def english_forms(source: str) -> tuple[str, str]:
    if source in SPECIAL:
        return SPECIAL[source]
    one = re.sub(r"\((e?s)\)", "", source)
    many = re.sub(r"\((e?s)\)", r"\1", source)
    return one, many


def main() -> int:
    sources = sorted(str(p) for p in (ROOT / "assist_desktop" / "gui").rglob("*.py")
                     if "forms" not in p.parts)
    sources += sorted(str(p) for p in (ROOT / "ui").glob("*.ui"))
    TS.parent.mkdir(parents=True, exist_ok=True)
    subprocess.run([str(BIN / "pyside6-lupdate"), *sources, "-no-obsolete", "-source-language",
                    "en", "-target-language", "en", "-ts", str(TS)], check=True,
                   stdout=subprocess.DEVNULL)
    tree = ET.parse(TS)
    plurals = 0
    for message in tree.iter("message"):
        if "%n" in (message.findtext("source") or ""):
            # pyside6-lupdate marks tr(text, None, n) as plural but not
            # QCoreApplication.translate(context, text, None, n): every "%n" message is one.
            message.set("numerus", "yes")
        if message.get("numerus") != "yes":
            continue
        source = message.findtext("source") or ""
        translation = message.find("translation")
        for child in list(translation):
            translation.remove(child)
        translation.text = None
        translation.attrib.pop("type", None)
        for form in english_forms(source):
            element = ET.SubElement(translation, "numerusform")
            element.text = form
        plurals += 1
    tree.write(TS, encoding="utf-8", xml_declaration=True)
    subprocess.run([str(BIN / "pyside6-lrelease"), str(TS), "-qm", str(TS.with_suffix(".qm"))],
                   check=True, stdout=subprocess.DEVNULL)
    print(f"{TS.relative_to(ROOT)}: {plurals} plural messages given English forms; compiled .qm")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
