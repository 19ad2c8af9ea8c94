# generated from spec/ffi.yaml by `python -m codegen generate`; do not edit. spec hash c524218e063cfca1
# What CMakeLists.txt builds, as spec/ffi.yaml names it (codegen/targets/cmake.py).
# STF_GENERATED is the generated/ directory; every path below is inside it.
get_filename_component(STF_GENERATED "${CMAKE_CURRENT_LIST_DIR}" DIRECTORY)
set(STF_LIBRARY "simple_torch_ffi")
set(STF_VERSION "0.1.0")
set(STF_ABI_VERSION 3)
# The word lane: libspl_<STF_LANE>.so (torch variant) and libspl_<STF_LANE>_stub.so.
set(STF_LANE "torch")
# Every exported C function starts with this (the linker exports nothing else: CMakeLists.txt).
set(STF_SYMBOL_PREFIX "simple_torch_")
set(STF_TORCH_SOURCES "${STF_GENERATED}/cpp/simple_torch_ffi_torch.cpp")
set(STF_STUB_SOURCES "${STF_GENERATED}/cpp/simple_torch_ffi_stub.cpp")
set(STF_LANE_SOURCES "${STF_GENERATED}/cpp/simple_torch_ffi_lane.cpp")
set(STF_LANE_HOST_CALLS "${STF_GENERATED}/c/simple_torch_ffi_lane_calls.h")
set(STF_HEADERS "${STF_GENERATED}/include/simple_torch_ffi.h" "${STF_GENERATED}/include/simple_torch_ffi_decls.h")
set(STF_PUBLIC_HEADER "${STF_GENERATED}/include/simple_torch_ffi.h")
set(STF_PYTHON_ABI "${STF_GENERATED}/python/simple_torch_ffi/_abi.py")
set(STF_PYTHON_FILES "${STF_GENERATED}/python/simple_torch_ffi/_abi.py" "${STF_GENERATED}/python/simple_torch_ffi/_api.py" "${STF_GENERATED}/python/simple_torch_ffi/_lib.pyi" "${STF_GENERATED}/python/simple_torch_ffi/_reference.py" "${STF_GENERATED}/python/simple_torch_ffi/nn/functional.py")
set(STF_SIMPLE_MODULES "${STF_GENERATED}/simple/ffi.spl" "${STF_GENERATED}/simple/mod.spl")
set(STF_SIMPLE_LANE_MODULES "${STF_GENERATED}/simple/lane/ffi.spl" "${STF_GENERATED}/simple/lane/mod.spl")
set(STF_SIMPLE_SPECS "${STF_GENERATED}/simple/torch_spec.spl")
