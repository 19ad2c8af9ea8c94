"""Build both variants with AddressSanitizer + UndefinedBehaviorSanitizer and run the tests under
them; run the C++ tests (tests/cpp, googletest) under ASan+UBSan and ThreadSanitizer.

    nox -s sanitize                              # everything (what CI runs)
    python tools/sanitize.py [--skip-build] [--only python|cpp] [-- PYTEST ARGS]

Run it with the interpreter of the torch environment (.nox/torch-env/bin/python; nox does).
This script only drives CMake, ctest and pytest; the sanitizer flags live in CMakeLists.txt
(STF_SANITIZE=address: ASan+UBSan, no UBSan recovery; STF_SANITIZE=thread: TSan).

1. CMake configures build/asan (-DSTF_SANITIZE=address, RelWithDebInfo) with its Python tree
   in build/asan-python, and builds both variants, their cffi modules and the C++ tests there.
   build/cmake and build/python are not touched.
2. Python is not instrumented, so the ASan runtime of the compiler that built the library
   (CMAKE_CXX_COMPILER of build/asan) is preloaded, followed by libstdc++ (python does not
   link it; ASan looks up the real __cxa_throw at start-up, and without libstdc++ already there
   the first C++ exception the library throws fails an ASan CHECK and aborts):
     LD_PRELOAD="$(CXX -print-file-name=libasan.so) $(CXX -print-file-name=libstdc++.so.6)"
   The UBSan runtime comes in as a dependency of the instrumented libraries. Options:
     ASAN_OPTIONS=detect_leaks=0        CPython and libtorch keep intentional process-lifetime
                                        allocations (the leaked tensor table too): LeakSanitizer
                                        would report them; leaks are tools/stress.py's job
                  allocator_may_return_null=1   the oversized-allocation tests need malloc to
                                        fail with ENOMEM instead of aborting the process
                  abort_on_error=1:halt_on_error=1   a finding fails the run
     UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
   STF_BUILD_PYTHON=build/asan-python makes conftest.py (and the children the tests spawn) load
   the sanitized modules, and PYTHONPATH lists runtime/python, generated/python and
   build/asan-python only (never build/python). Before the tests, a check imports both
   variants and fails unless each module comes from build/asan-python and libasan is mapped.
3. pytest runs the generated conformance suite (generated/tests), tests/test_dlpack.py (export,
   free, read; hostile managed tensors) and tests/test_handles.py, tests/test_threads.py,
   tests/test_scopes.py, tests/test_checkpoint.py (crafted and randomly damaged checkpoints)
   and tests/test_stateful.py (the children of the last two inherit the environment).
4. ctest runs the C++ tests of build/asan (ASAN_OPTIONS and UBSAN_OPTIONS as above), among them
   the word lane's C host program (tests/lane: both variants, 4 threads, hostile inputs; the
   lane libraries of this build go to build/asan/lane, never build/) and the C training program
   (tests/train: a linear regression through the C ABI alone, both variants); then CMake
   configures build/tsan (-DSTF_SANITIZE=thread, no cffi modules, no bench), builds the test
   executables alone (target stf_cpp_tests) and ctest runs them with
   TSAN_OPTIONS=halt_on_error=1. test_abi_threads links the objects of the torch variant, so in
   both builds the whole ABI is instrumented. The libtorch-linked tests need the torch package
   of the running interpreter; all of them need googletest (`apt-get install libgtest-dev`).

--skip-build skips every configure and build step (reruns the tests of build/asan and
build/tsan as they are). Exit status 0 means every step passed with no sanitizer report.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BUILD = ROOT / "build" / "asan"
PYTHON_OUT = ROOT / "build" / "asan-python"
TSAN_BUILD = ROOT / "build" / "tsan"
PYTEST_PATHS = ["generated/tests", "tests/test_dlpack.py", "tests/test_handles.py",
                "tests/test_threads.py", "tests/test_scopes.py", "tests/test_checkpoint.py",
                "tests/test_stateful.py"]
ASAN_OPTIONS = "detect_leaks=0:allocator_may_return_null=1:abort_on_error=1:halt_on_error=1"
UBSAN_OPTIONS = "print_stacktrace=1:halt_on_error=1"
TSAN_OPTIONS = "halt_on_error=1:second_deadlock_stack=1:allocator_may_return_null=1"
JOBS = os.cpu_count() or 2


def step(title: str) -> None:
    print(f"\n==== {title}", flush=True)


def run(cmd: list[str], env: dict[str, str] | None = None, timeout: float = 1800) -> None:
    print("$ " + " ".join(cmd), flush=True)
    t0 = time.perf_counter()
    subprocess.run(cmd, env=env, cwd=ROOT, check=True, timeout=timeout)
    print(f"  ({time.perf_counter() - t0:.1f} s)", flush=True)


def tool(name: str) -> str:
    candidate = Path(sys.executable).parent / name
    return str(candidate) if candidate.exists() else (shutil.which(name) or name)


def cmake_cache(build: Path, name: str) -> str:
    for line in (build / "CMakeCache.txt").read_text().splitlines():
        key, sep, value = line.partition("=")
        if sep and key.split(":", 1)[0] == name:
            return value
    raise SystemExit(f"{build} has no {name}: configure it first (run without --skip-build)")


def compiler_runtime(name: str) -> str:
    """The path of a runtime library of the compiler that built build/asan."""
    cxx = cmake_cache(BUILD, "CMAKE_CXX_COMPILER")
    out = subprocess.run([cxx, f"-print-file-name={name}"], capture_output=True, text=True,
                         check=True).stdout.strip()
    if not os.path.isabs(out):
        raise SystemExit(f"{cxx} has no {name} (install the compiler's sanitizer runtimes)")
    return out


def configure(build: Path, sanitizer: str, *extra: str) -> None:
    run([tool("cmake"), "-S", str(ROOT), "-B", str(build), "-G", "Ninja",
         f"-DCMAKE_MAKE_PROGRAM={tool('ninja')}", "-DCMAKE_BUILD_TYPE=RelWithDebInfo",
         f"-DSTF_SANITIZE={sanitizer}", "-DSTF_BUILD_BENCH=OFF", "-DSTF_BUILD_TESTS=ON",
         f"-DPython3_EXECUTABLE={sys.executable}", f"-DSTF_PYTHON={sys.executable}", *extra])


def build() -> None:
    step("configure + build both variants and the C++ tests with ASan+UBSan in build/asan")
    # The word-lane libraries of this build stay inside it (build/ holds the normal ones); its
    # ctest lane tests find them through $SIMPLE_SFFI_PATH.
    configure(BUILD, "address", f"-DSTF_PYTHON_OUT={PYTHON_OUT}",
              f"-DSTF_LANE_DIR={BUILD / 'lane'}")
    run([tool("cmake"), "--build", str(BUILD), "-j", str(JOBS)])


def python_env() -> dict[str, str]:
    env = dict(os.environ)
    env.update({
        # libstdc++ too: python does not link it, and ASan resolves the real __cxa_throw
        # when it starts; without it the first C++ throw fails an ASan CHECK.
        "LD_PRELOAD": f"{compiler_runtime('libasan.so')} "
                      f"{compiler_runtime('libstdc++.so.6')}",
        "ASAN_OPTIONS": ASAN_OPTIONS,
        "UBSAN_OPTIONS": UBSAN_OPTIONS,
        "STF_BUILD_PYTHON": str(PYTHON_OUT),
        "PYTHONPATH": os.pathsep.join(
            str(p) for p in (ROOT / "runtime/python", ROOT / "generated/python", PYTHON_OUT)),
        "STF_REQUIRE_TORCH": "1",
    })
    return env


_CHECK = """
import sys
from pathlib import Path
from simple_torch_ffi import load_variant as load
want = Path(sys.argv[1]).resolve()
for name in ("torch", "stub"):
    v = load(name)
    lib = v.library_path.resolve()
    maps = Path("/proc/self/maps").read_text()
    assert "/libasan.so" in maps, "libasan is not loaded"
    assert want in lib.parents and want in v.module_path.resolve().parents, (name, lib, want)
    assert str(lib) in maps, f"{lib} is not the mapped library"
    print(f"{name}: {v.module_path} -> {lib}")
"""


def python_tests(pytest_args: list[str]) -> None:
    env = python_env()
    step("check that the sanitized modules are the ones loaded")
    run([sys.executable, "-c", _CHECK, str(PYTHON_OUT)], env=env, timeout=300)
    step("pytest under ASan+UBSan: " + " ".join(PYTEST_PATHS))
    # --capture=sys: a sanitizer report written to fd 2 reaches the terminal even when the
    # process aborts (fd-level capture would lose it with the temporary file).
    run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "--capture=sys",
         *PYTEST_PATHS,
         *pytest_args], env=env)


def ctest(build: Path, title: str, env: dict[str, str]) -> None:
    if cmake_cache(build, "STF_CPP_TESTS") != "built":
        raise SystemExit(f"{build}: the C++ tests were not built (googletest missing? "
                         "`apt-get install libgtest-dev`)")
    step(f"ctest: tests/cpp under {title} ({build})")
    # Test discovery (gtest_discover_tests, at ctest time) runs the executables too: the
    # sanitizer options must already be in ctest's own environment.
    run([tool("ctest"), "--test-dir", str(build), "--output-on-failure", "--no-tests=error"],
        env=dict(os.environ, **env), timeout=1800)


def cpp_tests(skip_build: bool) -> None:
    ctest(BUILD, "ASan+UBSan", {"ASAN_OPTIONS": ASAN_OPTIONS, "UBSAN_OPTIONS": UBSAN_OPTIONS})
    if not skip_build:
        step("configure + build the C++ tests with TSan in build/tsan")
        configure(TSAN_BUILD, "thread", "-DSTF_WITH_PYTHON=OFF",
                  f"-DSTF_LANE_DIR={TSAN_BUILD / 'lane'}")
        run([tool("cmake"), "--build", str(TSAN_BUILD), "-j", str(JOBS), "--target",
             "stf_cpp_tests"], timeout=1800)
    ctest(TSAN_BUILD, "TSan", {"TSAN_OPTIONS": TSAN_OPTIONS})


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--skip-build", action="store_true")
    parser.add_argument("--only", choices=["python", "cpp"])
    parser.add_argument("pytest_args", nargs="*", help="extra pytest arguments (after --)")
    args = parser.parse_args(argv)
    t0 = time.perf_counter()
    if not args.skip_build:
        build()
    if args.only != "cpp":
        python_tests(args.pytest_args)
    if args.only != "python":
        cpp_tests(args.skip_build)
    step(f"sanitize: all clean ({time.perf_counter() - t0:.0f} s)")
    return 0


if __name__ == "__main__":
    try:
        sys.exit(main())
    except subprocess.CalledProcessError as e:
        print(f"\nsanitize: FAILED: {' '.join(map(str, e.cmd))} exited with {e.returncode}",
              file=sys.stderr)
        sys.exit(1)
