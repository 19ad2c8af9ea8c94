"""pytest setup shared by tests/ and generated/tests/.

Puts the three roots of the source-tree package on sys.path (runtime/python, generated/python,
build/python) and provides the `variant` fixture: every built variant of the library. A missing
torch variant is skipped with the reason, unless STF_REQUIRE_TORCH=1 (CI sets it), where it
fails.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent
# STF_BUILD_PYTHON selects another build tree (e.g. the sanitizer build of `nox -s sanitize`).
BUILD_PYTHON = Path(os.environ.get("STF_BUILD_PYTHON") or ROOT / "build" / "python")
# tests/support holds the conformance harness (not shipped in the package).
for path in (str(ROOT / "tests/support"), str(BUILD_PYTHON), str(ROOT / "generated/python"),
             str(ROOT / "runtime/python")):
    if path not in sys.path:
        sys.path.insert(0, path)

from simple_torch_ffi import NotAvailableError, Variant  # noqa: E402
from simple_torch_ffi import load_variant as load  # noqa: E402


def _load(name: str) -> Variant:
    try:
        return load(name)
    except NotAvailableError as e:
        if name == "torch" and os.environ.get("STF_REQUIRE_TORCH") != "1":
            pytest.skip(f"torch variant not built: {e}")
        raise


@pytest.fixture(params=["torch", "stub"])
def variant(request: pytest.FixtureRequest) -> Variant:
    return _load(request.param)


@pytest.fixture
def torch_variant() -> Variant:
    return _load("torch")


@pytest.fixture
def stub_variant() -> Variant:
    return _load("stub")


@pytest.fixture(autouse=True)
def _gc_enabled() -> object:
    """The conformance harness pauses the cyclic GC during a case; never leak that pause."""
    yield
    import gc

    gc.enable()


@pytest.fixture
def stable_live_count() -> None:
    """For tests that compare live_handles(): collect earlier tests' garbage now and pause the
    cyclic GC, so no finalizer frees a handle in the middle (_gc_enabled resumes it)."""
    import gc

    gc.collect()
    gc.disable()
