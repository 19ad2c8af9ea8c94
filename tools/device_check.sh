#!/usr/bin/env bash
# The CUDA check of issue 14 (goal 7), prepared to run as ONE command on the `device` machine
# (an NVIDIA GPU, a CUDA torch in its python3, cmake and ninja; no network): build both variants
# against that torch, run every test that has a CUDA case (the spec's `when: cuda` examples in
# the conformance suite, the Tensor API, DLPack, device config, checkpoints) and the seed's table
# on cuda:0 (bench/cuda_table.py). Writes its logs and cuda_table.json under $OUT.
#
# From a session that has a device (`status`: can_start_another true), in the repo root here:
#   echo /.whl/ >> .git/info/exclude
#   python3 -m pip download --no-deps --only-binary=:all: --python-version 3.12 \
#       --implementation cp --platform manylinux_2_17_x86_64 -d .whl cffi==2.1.1 pycparser==3.12
# then the device tool's run: command "bash tools/device_check.sh", carry [".whl"], timeout_s 540.
# On a machine without CUDA it still builds and runs (the CUDA cases then check not_available).
set -uo pipefail
export PYTHONUNBUFFERED=1
OUT=${OUT:-/tmp/stf-device-check}
mkdir -p "$OUT"
PY=$(command -v python3)
if compgen -G ".whl/*.whl" >/dev/null; then  # cffi and pycparser, carried (not in the image)
  # into the interpreter itself, so the tests' child processes (which set their own PYTHONPATH)
  # import cffi too; a read-only interpreter falls back to a PYTHONPATH folder
  if ! "$PY" -m pip install -q --no-index --no-deps --no-compile --no-cache-dir .whl/*.whl; then
    "$PY" -m pip install -q --no-index --no-deps --no-compile --no-cache-dir --upgrade \
        --target /tmp/stf-site .whl/*.whl || exit 1
    export PYTHONPATH=/tmp/stf-site
  fi
fi
"$PY" -c "import torch, cffi; print('torch', torch.__version__, 'cuda', torch.cuda.is_available(),
      torch.cuda.get_device_name(0) if torch.cuda.is_available() else '-', 'cffi', cffi.__version__)" \
  | tee "$OUT/env.txt" || exit 1
"$PY" -m codegen generate --check 2>&1 | tail -3 || exit 1
BUILD=build/cmake-device
cmake -S . -B "$BUILD" -G Ninja -DPython3_EXECUTABLE="$PY" -DSTF_PYTHON="$PY" \
      -DSTF_PYTHON_OUT="$PWD/build/python" -DSTF_BUILD_TESTS=OFF -DSTF_BUILD_BENCH=OFF \
      > "$OUT/configure.log" 2>&1 || { tail -30 "$OUT/configure.log"; exit 1; }
cmake --build "$BUILD" -j "$(nproc)" > "$OUT/build.log" 2>&1 || { tail -40 "$OUT/build.log"; exit 1; }
export PYTHONPATH="${PYTHONPATH:+$PYTHONPATH:}$PWD/tests/support:$PWD/build/python:$PWD/generated/python:$PWD/runtime/python"
export STF_REQUIRE_TORCH=1
"$PY" -m simple_torch_ffi info 2>&1 | tee "$OUT/info.txt"
"$PY" -m pytest -q -p no:cacheprovider --maxfail=50 -rs generated/tests tests/test_tensor_api.py \
    tests/test_dlpack.py tests/test_default_device.py tests/test_checkpoint.py \
    tests/test_direct_paths.py 2>&1 \
  | tee "$OUT/pytest.log" | tail -25
status=${PIPESTATUS[0]}
"$PY" bench/cuda_table.py "$OUT/cuda_table.json" 2>&1 | tee "$OUT/cuda_table.txt"
exit "$status"
