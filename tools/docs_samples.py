"""Render the first page of every document kind to PNG in docs/samples/ (make docs-samples).

Uses the fictional sample inputs in assist_desktop/documents/samples.py or, with --demo, a
demo database made for the purpose (tools/docs_samples_demo.py: every kind generated through
the documents service from a fictional client's stored file). Needs pdftoppm (Debian package
poppler-utils).

    .venv/bin/python tools/docs_samples.py [--demo [--demo-clients 30]] [--out docs/samples]
                                           [--dpi 80]
"""
from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from assist_desktop.documents import (  # noqa: E402
    BundleItem, BundleSection, LetterKind, build, samples,
)


def sample_documents() -> dict[str, bytes]:
    docs = {
        "witness_statement": build(samples.witness_statement()),
        "chronology": build(samples.chronology()),
        "representations": build(samples.letter(LetterKind.REPRESENTATIONS)),
        "further_submissions": build(samples.letter(LetterKind.FURTHER_SUBMISSIONS)),
        "support_letter": build(samples.letter(LetterKind.SUPPORT)),
        "compensation_summary": build(samples.compensation()),
        "children_report": build(samples.children_report()),
        "client_care_letter": build(samples.client_care()),
        "case_summary": build(samples.case_summary()),
        "conflict_check": build(samples.conflict_check()),
        "recovery_sheet": build(samples.recovery_sheet()),
    }
    docs["bundle"] = build(samples.bundle((
        BundleSection("A. Appellant's statements", (
            BundleItem("Witness statement of the appellant", docs["witness_statement"],
                       date(2024, 3, 12)),
            BundleItem("Chronology", docs["chronology"], date(2024, 3, 12)))),
        BundleSection("B. Correspondence", (
            BundleItem("Further submissions", docs["further_submissions"], date(2024, 3, 12)),
            BundleItem("Letter of support", docs["support_letter"], date(2024, 3, 12)))),
    )))
    return docs


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", default=str(ROOT / "docs" / "samples"))
    parser.add_argument("--dpi", type=int, default=80)
    parser.add_argument("--demo", action="store_true",
                        help="render from a demo database instead of the sample inputs")
    parser.add_argument("--demo-clients", type=int, default=30, metavar="N",
                        help="clients in the demo database (30)")
    args = parser.parse_args(argv)
    pdftoppm = shutil.which("pdftoppm")
    if not pdftoppm:
        print("pdftoppm not found: install poppler-utils (apt-get install poppler-utils)",
              file=sys.stderr)
        return 1
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        if args.demo:
            from docs_samples_demo import demo_documents
            documents = demo_documents(Path(tmp), args.demo_clients)
        else:
            documents = sample_documents()
        for name, pdf in documents.items():
            source = Path(tmp) / f"{name}.pdf"
            source.write_bytes(pdf)
            subprocess.run([pdftoppm, "-png", "-r", str(args.dpi), "-f", "1", "-l", "1",
                            "-singlefile", str(source), str(out / name)], check=True)
            print(out / f"{name}.png")
    return 0


if __name__ == "__main__":
    sys.exit(main())
