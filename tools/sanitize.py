"""Build both variants with AddressSanitizer + UndefinedBehaviorSanitizer and run the tests under
them; compile and run the C++ runtime tests (tests/cpp) under ASan+UBSan and ThreadSanitizer.

    nox -s sanitize                              # everything (what CI runs)
    python tools/sanitize.py [--skip-build] [--only python|cpp] [-- PYTEST ARGS]

Run it with the interpreter of the torch environment (.nox/torch-env/bin/python; nox does).

1. CMake configures build/asan (-DSTF_SANITIZE=ON: -fsanitize=address,undefined
   -fno-sanitize-recover=undefined, RelWithDebInfo) with its Python tree in build/asan-python,
   and builds both variants and their cffi modules there. build/cmake and build/python are not
   touched.
2. Python is not instrumented, so the ASan runtime of the gcc that built the library is
   preloaded, followed by libstdc++ (python does not link it; ASan looks up the real
   __cxa_throw at start-up, and without libstdc++ already there the first C++ exception the
   library throws fails an ASan CHECK and aborts):
     LD_PRELOAD="$(gcc -print-file-name=libasan.so) $(gcc -print-file-name=libstdc++.so.6)"
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
3. pytest runs the generated conformance suite (generated/tests) and tests/test_handles.py,
   tests/test_threads.py and tests/test_stateful.py (its child inherits the environment).
4. tests/cpp/*.cpp are compiled as their header comments say, twice each: with
   -fsanitize=address,undefined (run with ASAN_OPTIONS=allocator_may_return_null=1) and with
   -fsanitize=thread (TSAN_OPTIONS=halt_on_error=1); test_abi_threads.cpp is compiled together
   with generated/cpp/simple_torch_ffi_torch.cpp so the whole ABI is instrumented. The
   libtorch-linked ones need the torch package of the running interpreter.

Exit status 0 means every step passed with no sanitizer report.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BUILD = ROOT / "build" / "asan"
PYTHON_OUT = ROOT / "build" / "asan-python"
CPP_OUT = ROOT / "build" / "sanitize-cpp"
PYTEST_PATHS = ["generated/tests", "tests/test_handles.py", "tests/test_threads.py",
                "tests/test_stateful.py"]
ASAN_OPTIONS = "detect_leaks=0:allocator_may_return_null=1:abort_on_error=1:halt_on_error=1"
UBSAN_OPTIONS = "print_stacktrace=1:halt_on_error=1"
TSAN_OPTIONS = "halt_on_error=1:second_deadlock_stack=1:allocator_may_return_null=1"


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


def gcc_runtime(name: str) -> str:
    out = subprocess.run(["gcc", f"-print-file-name={name}"], capture_output=True, text=True,
                         check=True).stdout.strip()
    if not os.path.isabs(out):
        raise SystemExit(f"gcc has no {name} (install the gcc sanitizer runtimes)")
    return out


def build() -> None:
    step("configure + build both variants with ASan+UBSan in build/asan")
    run([tool("cmake"), "-S", str(ROOT), "-B", str(BUILD), "-G", "Ninja",
         f"-DCMAKE_MAKE_PROGRAM={tool('ninja')}", "-DCMAKE_BUILD_TYPE=RelWithDebInfo",
         "-DSTF_SANITIZE=ON", f"-DPython3_EXECUTABLE={sys.executable}",
         f"-DSTF_PYTHON={sys.executable}", f"-DSTF_PYTHON_OUT={PYTHON_OUT}"])
    run([tool("cmake"), "--build", str(BUILD), "-j", str(os.cpu_count() or 2)])


def python_env() -> dict[str, str]:
    env = dict(os.environ)
    env.update({
        # libstdc++ too: python does not link it, and ASan resolves the real __cxa_throw
        # when it starts; without it the first C++ throw fails an ASan CHECK.
        "LD_PRELOAD": f"{gcc_runtime('libasan.so')} {gcc_runtime('libstdc++.so.6')}",
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
from simple_torch_ffi import load
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


def torch_flags() -> tuple[Path, str]:
    code = ("import os, torch; print(os.path.dirname(torch.__file__)); "
            "print(int(torch.compiled_with_cxx11_abi()))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True).stdout.split()
    return Path(out[0]), out[1]


def cpp_tests() -> None:
    torch_dir, cxx11 = torch_flags()
    CPP_OUT.mkdir(parents=True, exist_ok=True)
    common = ["g++", "-std=c++20", f"-D_GLIBCXX_USE_CXX11_ABI={cxx11}", "-fPIC", "-O1", "-g",
              "-Wall", "-Wextra", "-Wno-unused-parameter", "-fno-omit-frame-pointer",
              "-Iruntime/cpp", "-Igenerated/include", "-pthread"]
    with_torch = ["-isystem", str(torch_dir / "include"), "-L", str(torch_dir / "lib"),
                  "-Wl,--no-as-needed", "-ltorch", "-ltorch_cpu", "-lc10", "-Wl,--as-needed",
                  f"-Wl,-rpath,{torch_dir / 'lib'}"]
    sanitizers = {
        "asan": (["-fsanitize=address,undefined", "-fno-sanitize-recover=undefined"],
                 {"ASAN_OPTIONS": ASAN_OPTIONS, "UBSAN_OPTIONS": UBSAN_OPTIONS}),
        "tsan": (["-fsanitize=thread"], {"TSAN_OPTIONS": TSAN_OPTIONS}),
    }
    tests = {
        "test_handle_table": (["tests/cpp/test_handle_table.cpp"], False),
        "test_torch_support": (["tests/cpp/test_torch_support.cpp"], True),
        "test_abi_threads": (["tests/cpp/test_abi_threads.cpp",
                              "generated/cpp/simple_torch_ffi_torch.cpp"], True),
    }
    jobs = [(name, san, sources, needs_torch)
            for name, (sources, needs_torch) in tests.items() if (ROOT / sources[0]).exists()
            for san in sanitizers]
    step(f"compile {len(jobs)} C++ test programs (ASan+UBSan and TSan) into {CPP_OUT}")

    def compile_one(job: tuple[str, str, list[str], bool]) -> None:
        name, san, sources, needs_torch = job
        run([*common, *sanitizers[san][0], *sources, "-o", str(CPP_OUT / f"{name}_{san}"),
             *(with_torch if needs_torch else [])], timeout=1200)

    with ThreadPoolExecutor(max_workers=os.cpu_count() or 2) as pool:
        list(pool.map(compile_one, jobs))
    for name, san, _, _ in jobs:
        step(f"tests/cpp/{name}.cpp under {san}")
        run([str(CPP_OUT / f"{name}_{san}")], env=dict(os.environ, **sanitizers[san][1]),
            timeout=900)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--skip-build", action="store_true")
    parser.add_argument("--only", choices=["python", "cpp"])
    parser.add_argument("pytest_args", nargs="*", help="extra pytest arguments (after --)")
    args = parser.parse_args(argv)
    t0 = time.perf_counter()
    if args.only != "cpp":
        if not args.skip_build:
            build()
        python_tests(args.pytest_args)
    if args.only != "python":
        cpp_tests()
    step(f"sanitize: all clean ({time.perf_counter() - t0:.0f} s)")
    return 0


if __name__ == "__main__":
    try:
        sys.exit(main())
    except subprocess.CalledProcessError as e:
        print(f"\nsanitize: FAILED: {' '.join(map(str, e.cmd))} exited with {e.returncode}",
              file=sys.stderr)
        sys.exit(1)
