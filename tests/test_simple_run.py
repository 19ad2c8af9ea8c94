"""The Simple spec files run over the real library: the generated torch_spec.spl (every spec
example through the generated Tier-3 mod.spl) and runtime/simple/torch_nn_spec.spl (every
hand-written class: layers, losses, optimizers, Stream, a training loop), each in a fresh
process as `bin/simple test FILE` would run it, through tests/support/spl_run.py: a model of
the Simple subset these files use, calling the typed C lane through cffi (no Simple toolchain
can be installed here; what the model leaves out is an error, not a pass).

The torch variant only: without libtorch Tier 3 falls back to a pure-Simple module
(lib.pure.tensor) that is not part of this project.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from simple_torch_ffi import load_variant
from simple_torch_ffi.errors import SimpleTorchError

ROOT = Path(__file__).resolve().parent.parent
GENERATED = ROOT / "generated" / "simple"
RUNTIME = ROOT / "runtime" / "simple"
MODULES = {"lib.torch": GENERATED / "mod.spl", "lib.torch.ffi": GENERATED / "ffi.spl",
           **{f"lib.torch.{m}": RUNTIME / f"{m}.spl" for m in ("nn", "optim", "cuda", "util")}}
SPEC_FILES = {"torch_spec": GENERATED / "torch_spec.spl",
              "torch_nn_spec": RUNTIME / "torch_nn_spec.spl"}


def run(path: Path) -> list[tuple[str, str, str | None]]:
    try:
        load_variant("torch")
    except SimpleTorchError as e:
        if os.environ.get("STF_REQUIRE_TORCH") == "1":
            raise
        pytest.skip(f"the torch variant is not built: {e}")
    cmd = [sys.executable, str(ROOT / "tests" / "support" / "spl_run.py"), str(path)]
    cmd += [f"--module={name}={p}" for name, p in MODULES.items()]
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}
    out = subprocess.run(cmd, capture_output=True, text=True, env=env, timeout=600)
    assert out.returncode == 0, out.stderr
    return [tuple(r) for r in json.loads(out.stdout)]  # type: ignore[misc]


def cases(path: Path) -> list[str]:
    return [line for line in path.read_text(encoding="utf-8").splitlines()
            if line.startswith("    it ")]


@pytest.mark.parametrize("name", list(SPEC_FILES))
def test_every_case_of_the_spec_file_passes(name: str) -> None:
    results = run(SPEC_FILES[name])
    assert len(results) == len(cases(SPEC_FILES[name]))
    failed = [f"{d} / {i}: {why}" for d, i, why in results if why is not None]
    assert failed == [], "\n".join(failed)


def test_the_model_reports_a_wrong_expectation(tmp_path: Path) -> None:
    """A pass means something: a wrong expected value fails, naming both values, and the next
    case still runs."""
    path = tmp_path / "wrong_spec.spl"
    path.write_text("""use lib.torch.{Tensor, torch_live_handles}

describe "Tensor":
    it "has the shape it was made with":
        val t = Tensor.zeros([2, 3])
        expect(t.shape()).to_equal([2, 4])

    it "counts its handles":
        expect(torch_live_handles()).to_equal(1)
""", encoding="utf-8")
    assert run(path) == [("Tensor", "has the shape it was made with",
                          f"{path}: expected [2, 4], got [2, 3]"),
                         ("Tensor", "counts its handles", None)]


def test_the_model_refuses_what_it_does_not_model(tmp_path: Path) -> None:
    path = tmp_path / "odd_spec.spl"
    path.write_text('use lib.torch.{torch_available}\n\ndescribe "x":\n    it "y":\n'
                    '        match torch_available():\n            1\n', encoding="utf-8")
    [(_, _, why)] = run(path)
    assert why is not None and "not runnable" in why and "match" in why
