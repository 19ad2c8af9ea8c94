"""nox sessions of simple-torch-ffi.

    nox -s generate build test     # render generated/, compile both variants, run every test

build, test and the slow sessions share one environment, .nox/torch-env (torch==2.13.0 and the
tools in requirements/dev.txt), created once and refreshed when that file changes: the compiled
library links the torch of that environment, so tests must run in it. Set STF_PYTHON to an
interpreter that already has torch (and the requirements) to use it instead; set LIBTORCH to
build against a standalone libtorch.
"""

from __future__ import annotations

import hashlib
import os
import sys
from pathlib import Path

import nox

nox.options.sessions = ["generate", "build", "test"]
nox.options.default_venv_backend = "venv"

ROOT = Path(__file__).resolve().parent
ENV_DIR = ROOT / ".nox" / "torch-env"
REQUIREMENTS = ROOT / "requirements" / "dev.txt"
BUILD_DIR = ROOT / "build" / "cmake"
PYTHON_OUT = ROOT / "build" / "python"
PYTHONPATH = os.pathsep.join(
    str(ROOT / p) for p in ("runtime/python", "generated/python", "build/python")
)


def _python(session: nox.Session) -> str:
    """The interpreter of the shared torch environment (created or refreshed on demand)."""
    override = os.environ.get("STF_PYTHON")
    if override:
        return override
    py = ENV_DIR / "bin" / "python"
    stamp = ENV_DIR / ".requirements.sha256"
    want = hashlib.sha256(REQUIREMENTS.read_bytes()).hexdigest()
    if not py.exists():
        session.run(sys.executable, "-m", "venv", str(ENV_DIR), external=True)
    if not stamp.exists() or stamp.read_text() != want:
        session.run(str(py), "-m", "pip", "install", "--quiet", "-r", str(REQUIREMENTS),
                    external=True)
        stamp.write_text(want)
    return str(py)


def _tool(python: str, name: str) -> str:
    candidate = Path(python).parent / name
    return str(candidate) if candidate.exists() else name


@nox.session(tags=["generate"], reuse_venv=True)
def generate(session: nox.Session) -> None:
    """Render generated/ from spec/ffi.yaml (args go to `python -m codegen generate`)."""
    # numpy computes the Simple spec file's expected values from the examples' references.
    session.install("jinja2==3.1.6", "pyyaml==6.0.3", "numpy==2.4.6")
    session.run("python", "-m", "codegen", "generate", *session.posargs)


GTEST_HINT = ("googletest is not installed, so the C++ tests (tests/cpp) were not built: install "
              "it with `apt-get install libgtest-dev` (Debian/Ubuntu), then `nox -s build test`")


def _cmake_cache(build_dir: Path, name: str) -> str | None:
    """A value of build_dir/CMakeCache.txt (None when absent)."""
    cache = build_dir / "CMakeCache.txt"
    if not cache.exists():
        return None
    for line in cache.read_text().splitlines():
        key, sep, value = line.partition("=")
        if sep and key.split(":", 1)[0] == name:
            return value
    return None


@nox.session(venv_backend="none")
def build(session: nox.Session) -> None:
    """Compile both variants, their cffi modules, the C++ tests (tests/cpp, when googletest is
    installed) and the bench harness into build/ (args go to cmake --build)."""
    py = _python(session)
    configure = [
        _tool(py, "cmake"), "-S", str(ROOT), "-B", str(BUILD_DIR), "-G", "Ninja",
        f"-DCMAKE_MAKE_PROGRAM={_tool(py, 'ninja')}",
        f"-DPython3_EXECUTABLE={py}", f"-DSTF_PYTHON={py}", f"-DSTF_PYTHON_OUT={PYTHON_OUT}",
    ]
    # Configure a new tree, a LIBTORCH build, and a tree that lacked googletest (installed since?).
    if (_cmake_cache(BUILD_DIR, "CMAKE_COMMAND") is None or os.environ.get("LIBTORCH")
            or _cmake_cache(BUILD_DIR, "STF_CPP_TESTS") == "no-gtest"):
        session.run(*configure, external=True)
    session.run(_tool(py, "cmake"), "--build", str(BUILD_DIR), "-j", str(os.cpu_count() or 2),
                *session.posargs, external=True)


@nox.session(venv_backend="none")
def test(session: nox.Session) -> None:
    """Run every test: the C++ tests through ctest (tests/cpp, built by `nox -s build`), then
    pytest (generator, conformance on both variants, runtime); args go to pytest."""
    py = _python(session)
    cpp = _cmake_cache(BUILD_DIR, "STF_CPP_TESTS")
    if cpp is None:
        session.warn(f"C++ tests not run: {BUILD_DIR} is not configured (`nox -s build test`)")
    elif cpp == "built":
        session.run(_tool(py, "ctest"), "--test-dir", str(BUILD_DIR), "--output-on-failure",
                    "--no-tests=error", external=True)
    elif cpp == "no-gtest" and os.environ.get("STF_REQUIRE_GTEST") == "1":
        session.error(GTEST_HINT + " (STF_REQUIRE_GTEST=1)")
    elif cpp == "no-gtest":
        session.warn(GTEST_HINT)
    else:
        session.warn(f"C++ tests skipped: {BUILD_DIR} was configured with -DSTF_BUILD_TESTS=OFF")
    session.run(py, "-m", "pytest", *session.posargs, external=True,
                env={"PYTHONPATH": PYTHONPATH})


@nox.session(reuse_venv=True)
def lint(session: nox.Session) -> None:
    """ruff over the generator, runtime, tests and this file."""
    session.install("ruff==0.17.6")
    session.run("ruff", "check", *(session.posargs or ["."]))


@nox.session(reuse_venv=True)
def abi(session: nox.Session) -> None:
    """Check the spec against the released ABI record (abi/); `-- --record` at a release."""
    session.install("jinja2==3.1.6", "pyyaml==6.0.3", "numpy==2.4.6")
    session.run("python", "-m", "codegen", "abi", *session.posargs)


@nox.session(venv_backend="none")
def sanitize(session: nox.Session) -> None:
    """Both variants under ASan+UBSan (build/asan, build/asan-python): conformance, handle,
    thread and stateful tests; tests/cpp under ASan+UBSan and TSan. See tools/sanitize.py;
    args go to it (e.g. `-- --only cpp`, `-- --skip-build -- -k handles`)."""
    py = _python(session)
    session.run(py, str(ROOT / "tools" / "sanitize.py"), *session.posargs, external=True)


@nox.session(venv_backend="none")
def stress(session: nox.Session) -> None:
    """Leak check (tools/stress.py: 100k create/op/free cycles, live handles and RSS growth;
    10k steps of the C training program tests/train, live handles flat and RSS bounded) and the
    stateful and thread tests with the long hypothesis profile and 20x the thread steps. Run
    after `nox -s build`; args go to tools/stress.py."""
    py = _python(session)
    env = {"PYTHONPATH": PYTHONPATH}
    session.run(py, str(ROOT / "tools" / "stress.py"), *session.posargs, external=True, env=env)
    session.run(py, str(ROOT / "tools" / "stress.py"), "--variant", "stub", external=True,
                env=env)
    session.run(py, "-m", "pytest", "-q", "-p", "no:cacheprovider", "tests/test_stateful.py",
                "tests/test_threads.py", external=True,
                env={**env, "STF_HYPOTHESIS_PROFILE": "stress", "STF_STRESS_SCALE": "20",
                     "STF_REQUIRE_TORCH": "1"})


@nox.session(venv_backend="none")
def bench(session: nox.Session) -> None:
    """Benchmark table (bench/run.py): the ABI, the Python bindings and the Tensor API against
    torch/numpy, thread contention, build times; writes bench/results/latest.json and .png.
    Measures the current build: `nox -s build bench`. Args go to bench/run.py (--quick,
    --rows 1,2,...)."""
    py = _python(session)
    session.run(py, "-m", "pip", "install", "-q", "matplotlib==3.11.2", external=True)
    session.run(py, str(ROOT / "bench" / "run.py"), *session.posargs, external=True,
                env={"PYTHONPATH": PYTHONPATH})
