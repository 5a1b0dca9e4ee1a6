"""Render the first page of every document kind to PNG in docs/samples/ (make docs-samples).

The documents come from a demo database made for the purpose (tools/docs_samples_demo.py:
every kind generated through the documents service from a fictional client's stored file).
Needs pdftoppm (Debian package poppler-utils).

    .venv/bin/python tools/docs_samples.py [--demo-clients 30] [--out docs/samples] [--dpi 80]
"""
from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", default=str(ROOT / "docs" / "samples"))
    parser.add_argument("--dpi", type=int, default=80)
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
        from docs_samples_demo import demo_documents   # tools/, beside this file
        documents = demo_documents(Path(tmp), args.demo_clients)
        for name, pdf in documents.items():
            source = Path(tmp) / f"{name}.pdf"
            source.write_bytes(pdf)
            subprocess.run([pdftoppm, "-png", "-r", str(args.dpi), "-f", "1", "-l", "1",
                            "-singlefile", str(source), str(out / name)], check=True)
            print(out / f"{name}.png")
    return 0


if __name__ == "__main__":
    sys.exit(main())
