# Locate libtorch for the torch variant. Sets STF_TORCH_FOUND, TORCH_LIBRARIES,
# STF_TORCH_CXX_FLAGS (C++ ABI flag of that torch) and STF_TORCH_LIB_DIR.
# Order: $LIBTORCH (a standalone libtorch), else the torch package of the Python running CMake
# (or STF_PYTHON). Neither: a clear warning, and only the stub variant is built.
set(STF_TORCH_FOUND OFF)
set(_stf_prefix "")
if(DEFINED ENV{LIBTORCH} AND NOT "$ENV{LIBTORCH}" STREQUAL "")
  set(_stf_prefix "$ENV{LIBTORCH}")
  set(_stf_origin "LIBTORCH=$ENV{LIBTORCH}")
else()
  if(NOT STF_PYTHON)
    find_package(Python3 QUIET COMPONENTS Interpreter)
    set(STF_PYTHON "${Python3_EXECUTABLE}")
  endif()
  if(STF_PYTHON)
    execute_process(
      COMMAND "${STF_PYTHON}" -c "import torch.utils; print(torch.utils.cmake_prefix_path)"
      OUTPUT_VARIABLE _stf_prefix OUTPUT_STRIP_TRAILING_WHITESPACE
      ERROR_QUIET RESULT_VARIABLE _stf_rc)
    if(NOT _stf_rc EQUAL 0)
      set(_stf_prefix "")
    endif()
    set(_stf_origin "the torch package of ${STF_PYTHON}")
  endif()
endif()

if(_stf_prefix)
  list(PREPEND CMAKE_PREFIX_PATH "${_stf_prefix}")
  # TorchConfig looks for CUDA/kineto bits it does not need for a CPU build: keep it quiet.
  find_package(Torch QUIET)
endif()

if(Torch_FOUND OR TORCH_FOUND)
  set(STF_TORCH_FOUND ON)
  # The C++11 ABI flag (and friends) of the torch we link: from TorchConfig's TORCH_CXX_FLAGS.
  separate_arguments(STF_TORCH_CXX_FLAGS UNIX_COMMAND "${TORCH_CXX_FLAGS}")
  if(NOT TORCH_CXX_FLAGS MATCHES "_GLIBCXX_USE_CXX11_ABI")
    # Recent TorchConfig no longer states the flag: ask the torch package, else assume the
    # new ABI (the only one torch >= 2.7 ships).
    set(_stf_abi 1)
    if(NOT DEFINED ENV{LIBTORCH} AND STF_PYTHON)
      execute_process(
        COMMAND "${STF_PYTHON}" -c "import torch; print(int(torch._C._GLIBCXX_USE_CXX11_ABI))"
        OUTPUT_VARIABLE _stf_abi_out OUTPUT_STRIP_TRAILING_WHITESPACE ERROR_QUIET
        RESULT_VARIABLE _stf_abi_rc)
      if(_stf_abi_rc EQUAL 0 AND _stf_abi_out MATCHES "^[01]$")
        set(_stf_abi "${_stf_abi_out}")
      endif()
    endif()
    list(APPEND STF_TORCH_CXX_FLAGS "-D_GLIBCXX_USE_CXX11_ABI=${_stf_abi}")
  endif()
  list(GET TORCH_LIBRARIES 0 _stf_first)
  find_library(_stf_torch_lib torch PATHS "${TORCH_INSTALL_PREFIX}/lib" NO_DEFAULT_PATH)
  get_filename_component(STF_TORCH_LIB_DIR "${_stf_torch_lib}" DIRECTORY)
  message(STATUS "simple_torch_ffi: libtorch ${Torch_VERSION} from ${_stf_origin} "
                 "(${STF_TORCH_LIB_DIR}; flags: ${STF_TORCH_CXX_FLAGS})")
else()
  message(WARNING "simple_torch_ffi: libtorch not found (set LIBTORCH to a libtorch directory, "
                  "or install torch==2.13.0 in the Python that runs the build). Building the "
                  "stub variant only: every tensor function will report 'libtorch is not "
                  "available in this build'.")
endif()
