"""simple-torch-ffi code generator: spec/ffi.yaml -> generated/ (see README)."""
