"""python -m simple_torch_ffi info       # variant, versions, spec hash, CUDA, library paths
python -m simple_torch_ffi selftest   # a quick end-to-end check of this installation"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from . import _abi
from .errors import SimpleTorchError
from .loader import VARIANTS, load


def info() -> dict[str, Any]:
    """What is built and loadable here (used by `info`, and by a Simple runtime's build)."""
    out: dict[str, Any] = {
        "package_version": _abi.VERSION,
        "abi_version": _abi.ABI_VERSION,
        "spec_hash": _abi.SPEC_HASH,
        "variants": {},
    }
    for name in VARIANTS:
        try:
            v = load(name)
        except SimpleTorchError as e:
            out["variants"][name] = {"loaded": False, "error": str(e)}
            continue
        entry: dict[str, Any] = {
            "loaded": True,
            "version": v.version,
            "available": v.available,
            "spec_hash": v.text("spec_hash"),
            "library": str(v.library_path),
            "module": str(v.module_path),
            "header": str(v.library_path.parent / "include" / f"{_abi.LIBRARY}.h"),
        }
        if v.available:
            entry["cuda_available"] = bool(v.role("cuda_available")())
            entry["cuda_device_count"] = int(v.role("cuda_device_count")())
            entry["torch_version"] = v.version.rsplit("+torch", 1)[-1]
        out["variants"][name] = entry
    out["word_lane"] = word_lane()
    out["pure_backend_lacks"] = pure_backend_lacks()
    loaded = [n for n in VARIANTS if out["variants"][n]["loaded"]]
    out["default_variant"] = loaded[0] if loaded else None
    out["simple_sources"] = simple_sources(
        [Path(v["library"]) for v in out["variants"].values() if v["loaded"]])
    return out


def simple_sources(libraries: list[Path]) -> str | None:
    """The Simple source tree the build placed beside the package (<library>/simple: upstream's
    src/lib/torch/*.spl and test/lib/*.spl), found next to a loaded library's _native
    directory; None when no build placed it."""
    for library in libraries:
        tree = library.parent.parent / "simple"
        if (tree / "src" / "lib" / "torch" / "mod.spl").is_file():
            return str(tree)
    return None


def word_lane() -> dict[str, Any]:
    """Where the word-lane libraries (libspl_<lane>.so, rt_<lane>_* symbols) are: found by
    upstream's rule, $SIMPLE_SFFI_PATH else build/ (of the working directory, then of the
    project this package runs from)."""
    import os

    lane = _abi.LANE
    dirs = [Path(d) for d in (os.environ.get("SIMPLE_SFFI_PATH"),) if d]
    dirs += [Path("build"), Path(__file__).resolve().parents[3] / "build"]
    out: dict[str, Any] = {"name": lane}
    for variant, filename in (("torch", f"libspl_{lane}.so"), ("stub", f"libspl_{lane}_stub.so")):
        found = next((d / filename for d in dirs if (d / filename).is_file()), None)
        out[variant] = str(found.resolve()) if found else None
    return out


def pure_backend_lacks() -> list[str]:
    """The tensor functions of the spec without a numpy reference (the pure backend answers
    not_available for them)."""
    from .backends import TENSOR_FUNCTIONS
    from .pure import PureBackend

    pure = PureBackend()
    return [op for op in TENSOR_FUNCTIONS if not pure.has_op(op)]


def _print_info(data: dict[str, Any]) -> None:
    print(f"simple_torch_ffi {data['package_version']} (ABI {data['abi_version']}, "
          f"spec hash {data['spec_hash']})")
    print(f"default variant: {data['default_variant']}")
    for name, v in data["variants"].items():
        if not v["loaded"]:
            print(f"  {name}: not loaded: {v['error']}")
            continue
        print(f"  {name}: {v['version']}")
        for key in ("torch_version", "cuda_available", "cuda_device_count", "library",
                    "header", "module"):
            if key in v:
                print(f"    {key}: {v[key]}")
    tree = data["simple_sources"]
    print("Simple sources: " + (f"{tree}/src (lib.torch, lib.torch.nn, lib.torch.optim, "
                                f"lib.torch.cuda, lib.torch.util, lib.torch.lane), specs in "
                                f"{tree}/test/lib" if tree else "not built (nox -s build)"))
    lane = data["word_lane"]
    print(f"word lane (rt_{lane['name']}_*): "
          + ", ".join(f"{v}: {lane[v] or 'not built (nox -s build)'}" for v in ("torch", "stub")))
    lacking = data["pure_backend_lacks"]
    print("pure backend: " + (f"no numpy reference for {', '.join(lacking)}" if lacking
                              else "every tensor function has a numpy reference"))


def selftest() -> int:
    """Exercise the installed package end to end; print one line per check; 0 when all pass."""
    import gc

    import numpy as np

    from . import backends
    from .errors import TorchError
    from .tensor import tensor

    failures = 0

    def check(name: str, ok: bool, detail: str = "") -> None:
        nonlocal failures
        failures += not ok
        print(f"{'ok  ' if ok else 'FAIL'} {name}{': ' + detail if detail else ''}")

    names = ["pure"]
    try:
        backends.get_backend("torch")
        names.insert(0, "torch")
    except SimpleTorchError as e:
        print(f"note: torch backend unavailable ({e}); checking the pure backend only")
    for name in names:
        b = backends.get_backend(name)
        start = b.live_handles()
        a = tensor([[1.0, 2.0], [3.0, 4.0]], backend=name)
        c = tensor([[0.5, -1.0], [2.0, 0.0]], backend=name)
        want = np.array([[1.0, 2.0], [3.0, 4.0]]) @ np.array([[0.5, -1.0], [2.0, 0.0]]) + 1.0
        got = ((a @ c) + 1.0).relu().numpy()
        check(f"{name}: (a @ b + 1).relu()", np.allclose(got, np.maximum(want, 0)),
              str(got.tolist()))
        try:
            a + tensor([1.0, 2.0, 3.0], backend=name)
            check(f"{name}: shape mismatch raises TorchError", False)
        except TorchError as e:
            check(f"{name}: shape mismatch raises TorchError", True, str(e).split(":")[0])
        del a, c
        gc.collect()
        check(f"{name}: no handle leaked", b.live_handles() == start)
    print("selftest " + ("passed" if not failures else f"failed ({failures} checks)"))
    return 1 if failures else 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m simple_torch_ffi")
    sub = parser.add_subparsers(dest="command", required=True)
    info_cmd = sub.add_parser("info", help="variant, versions, spec hash, CUDA, library paths")
    info_cmd.add_argument("--json", action="store_true")
    sub.add_parser("selftest", help="a quick end-to-end check of this installation")
    args = parser.parse_args(argv)
    if args.command == "selftest":
        return selftest()
    if args.command == "info":
        data = info()
        if args.json:
            json.dump(data, sys.stdout, indent=2)
            print()
        else:
            _print_info(data)
    return 0


if __name__ == "__main__":
    sys.exit(main())
