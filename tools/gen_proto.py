"""Generate assist_desktop/wire/centre_pb2.py and centre_pb2_grpc.py from centre.proto.

`python tools/gen_proto.py` writes them; `python tools/gen_proto.py --check` (run by make test
through tools/check_proto.py) fails when the committed modules differ from what the .proto
gives, so the contract lives in one place and cannot drift.
"""
from __future__ import annotations

import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
WIRE = ROOT / "assist_desktop" / "wire"
OUTPUTS = ("centre_pb2.py", "centre_pb2_grpc.py")


def generate(out: Path) -> None:
    from grpc_tools import protoc
    import grpc_tools
    include = Path(grpc_tools.__file__).parent / "_proto"
    code = protoc.main(["protoc", f"-I{WIRE}", f"-I{include}", f"--python_out={out}",
                        f"--grpc_python_out={out}", str(WIRE / "centre.proto")])
    if code != 0:
        raise SystemExit(f"protoc failed ({code})")
    grpc_module = out / "centre_pb2_grpc.py"
    text = grpc_module.read_text()
    # Generated code imports its sibling as a top-level module; make it a package import.
    text = text.replace("import centre_pb2 as centre__pb2",
                        "from assist_desktop.wire import centre_pb2 as centre__pb2")
    grpc_module.write_text(text)


def main(argv: list[str]) -> int:
    check = "--check" in argv
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp)
        generate(out)
        stale = [name for name in OUTPUTS
                 if not (WIRE / name).exists() or (WIRE / name).read_text() != (out / name).read_text()]
        if check:
            if stale:
                print("stale generated gRPC modules: " + ", ".join(stale) +
                      " (run: python tools/gen_proto.py)", file=sys.stderr)
                return 1
            return 0
        for name in OUTPUTS:
            (WIRE / name).write_text((out / name).read_text())
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
