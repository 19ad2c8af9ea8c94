"""pytest setup shared by tests/ and generated/tests/.

Puts the three roots of the source-tree package on sys.path (runtime/python, generated/python,
build/python) and provides the fixtures: `variant` (every built variant of the library), `tb`
(the torch backend as the test's default) and `be` (each backend in turn as the default). A
missing torch variant is skipped with the reason, unless STF_REQUIRE_TORCH=1 (CI sets it), where
it fails.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
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

from simple_torch_ffi import NotAvailableError, Variant, backends  # noqa: E402
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


def backend_or_skip(name: str) -> backends.Backend:
    """The named backend; a torch backend that is not built skips the test with the reason
    (fails under STF_REQUIRE_TORCH=1)."""
    try:
        return backends.get_backend(name)
    except NotAvailableError as e:
        if name != "torch" or os.environ.get("STF_REQUIRE_TORCH") == "1":
            raise
        pytest.skip(f"torch backend not available: {e}")


def _as_default(name: str) -> Iterator[backends.Backend]:
    b = backend_or_skip(name)
    backends.set_backend(name)
    try:
        yield b
    finally:
        backends.set_backend(None)


@pytest.fixture
def tb() -> Iterator[backends.Backend]:
    """The torch backend, the default for the test (module functions and stf.tensor use it)."""
    yield from _as_default("torch")


@pytest.fixture(params=["torch", "pure"])
def be(request: pytest.FixtureRequest) -> Iterator[str]:
    """Each backend in turn, the default for the test; the value is its name."""
    for _ in _as_default(request.param):
        yield request.param


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
