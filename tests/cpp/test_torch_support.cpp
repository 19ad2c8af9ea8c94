/* Tests for runtime/cpp/stf/torch_support.h against a real libtorch, on googletest.

   Built by CMake when libtorch is found (tests/cpp/CMakeLists.txt, target test_torch_support:
   narrow ATen headers, the torch's C++11 ABI flag, libtorch linked with --no-as-needed so a
   CUDA libtorch's hooks load) and run by ctest:
     nox -s build test     (or: ctest --test-dir build/cmake --output-on-failure -R TorchSupport)
   `nox -s sanitize` runs it again under ASan+UBSan (the oversized allocation test needs
   ASAN_OPTIONS=allocator_may_return_null=1, which tools/sanitize.py sets) and TSan.
*/
#include <cmath>
#include <cstdio>
#include <stdexcept>
#include <string>
#include <thread>
#include <vector>

#include <ATen/ops/add.h>
#include <ATen/ops/arange.h>
#include <ATen/ops/empty.h>
#include <ATen/ops/zeros.h>

#include <gtest/gtest.h>

#include "stf/torch_support.h"

namespace {

std::string msg() { return stf::last_error_message(); }
int kind() { return stf::last_error_kind(); }
bool contains(const std::string& s, const std::string& sub) { return s.find(sub) != std::string::npos; }

// Runs body under torch_guard and checks the resulting error.
template <class F>
void expect_guard_error(stf::ErrorKind k, const std::string& expected_msg, F&& body, int line) {
  ::testing::ScopedTrace trace(__FILE__, line, "EXPECT_GUARD_ERROR: " + expected_msg);
  int64_t r = stf::torch_guard("fn", int64_t{-7}, [&]() -> int64_t {
    body();
    return 0;
  });
  EXPECT_EQ(r, -7) << "sentinel returned";
  EXPECT_EQ(kind(), static_cast<int>(k)) << "error kind; message: " << msg();
  EXPECT_EQ(msg(), expected_msg) << "error message";
}
#define EXPECT_GUARD_ERROR(k, m, ...) expect_guard_error(stf::ErrorKind::k, m, [&] { __VA_ARGS__; }, __LINE__)

std::vector<double> read_all(const at::Tensor& t) {
  std::vector<double> v(static_cast<size_t>(stf::write_out("out", nullptr, 0, t)));
  stf::write_out("out", v.data(), static_cast<int64_t>(v.size()), t);
  return v;
}

TEST(TorchSupport, Handles) {
  at::Tensor a = at::zeros({2, 3});
  int64_t h = stf::new_handle(a);
  EXPECT_TRUE(h > 0);
  EXPECT_EQ(stf::HandleTable<at::Tensor>::decode(h).table, 1u);
  EXPECT_EQ(stf::tensors().table_id(), 1);
  EXPECT_EQ(stf::tensors().live(), 1);
  at::Tensor b = stf::tensor_arg("self", h);
  EXPECT_TRUE(b.is_same(a));
  EXPECT_EQ(a.use_count(), 3u);  // a, b, table
  stf::free_tensor("self", h);
  EXPECT_EQ(a.use_count(), 2u);
  EXPECT_EQ(stf::tensors().live(), 0);
  EXPECT_GUARD_ERROR(InvalidHandle, "fn: argument 'self': handle " + std::to_string(h) + " is stale (already freed)",
                     stf::tensor_arg("self", h));
  EXPECT_GUARD_ERROR(InvalidHandle, "fn: argument 'self': handle 0 is null", stf::free_tensor("self", 0));
  EXPECT_GUARD_ERROR(Internal, "fn: cannot create a handle for an undefined tensor", stf::new_handle(at::Tensor()));
  EXPECT_EQ(stf::new_handle_or_null(at::Tensor()), 0);
  int64_t h2 = stf::new_handle_or_null(a);
  EXPECT_TRUE(h2 > 0);
  stf::free_tensor("t", h2);

  // Concurrent use of the global table.
  std::vector<std::thread> th;
  for (int i = 0; i < 2; ++i) {
    th.emplace_back([] {
      for (int k = 0; k < 2000; ++k) {
        int64_t x = stf::new_handle(at::empty({1}));
        stf::tensor_arg("x", x);
        stf::free_tensor("x", x);
      }
    });
  }
  for (auto& t : th) t.join();
  EXPECT_EQ(stf::tensors().live(), 0);
}

TEST(TorchSupport, OriginsAndScopes) {
  const int64_t s = stf::tensors().scope_begin();
  int64_t h = stf::new_handle(at::zeros({2}), "tensor_zeros");
  int64_t k = stf::new_handle_or_null(at::zeros({1}), "tensor_ones");
  EXPECT_EQ(std::string(stf::census_text(stf::tensors())), "tensor_ones 1\ntensor_zeros 1\n");
  stf::tensors().scope_keep("handle", k);
  EXPECT_EQ(stf::tensors().scope_end("scope", s), 1);
  EXPECT_GUARD_ERROR(InvalidHandle, "fn: argument 'x': handle " + std::to_string(h) + " is stale (already freed)",
                     stf::tensor_arg("x", h));
  EXPECT_EQ(std::string(stf::census_text(stf::tensors())), "tensor_ones 1\n");
  stf::free_tensor("handle", k);
  EXPECT_EQ(std::string(stf::census_text(stf::tensors())), "");
}

TEST(TorchSupport, Guard) {
  // Success passes the value through and clears a previous error.
  stf::set_error(stf::ErrorKind::Internal, "old", "x");
  EXPECT_EQ(stf::torch_guard("fn", int64_t{-1}, [] { return at::zeros({4}).numel(); }), 4);
  EXPECT_EQ(kind(), 0);
  EXPECT_EQ(msg(), "");

  // Shape mismatch in at::add -> TorchError mentioning the sizes.
  at::Tensor a = at::zeros({3}), b = at::zeros({4});
  int64_t r = stf::torch_guard("stf_add", int64_t{0}, [&] { return stf::new_handle(at::add(a, b)); });
  EXPECT_EQ(r, 0);
  EXPECT_EQ(kind(), 3);
  EXPECT_TRUE(msg().starts_with("stf_add: "));
  EXPECT_TRUE(contains(msg(), "(3)") && contains(msg(), "(4)"));
  EXPECT_TRUE(!contains(msg(), "Exception raised from"));  // no backtrace
  std::printf("  add mismatch -> %s\n", msg().c_str());
  EXPECT_EQ(stf::tensors().live(), 0);

  // Huge allocation: OutOfMemory or TorchError, never an abort.
  stf::torch_guard_void("stf_empty", [] { at::empty({int64_t{1} << 40, int64_t{1} << 20}); });
  EXPECT_TRUE(kind() == 5 || kind() == 3);
  EXPECT_TRUE(msg().starts_with("stf_empty: "));
  std::printf("  huge alloc -> kind %d: %s\n", kind(), msg().c_str());

  // Explicit c10::OutOfMemoryError.
  EXPECT_GUARD_ERROR(OutOfMemory, "fn: fake oom 42", TORCH_CHECK_WITH(OutOfMemoryError, false, "fake oom ", 42));
  // Plain TORCH_CHECK.
  EXPECT_GUARD_ERROR(TorchError, "fn: bad value 7", TORCH_CHECK(false, "bad value ", 7));
  // Long multi-line c10 messages are cut to the first line; short ones kept.
  EXPECT_GUARD_ERROR(TorchError, "fn: line one\nline two", TORCH_CHECK(false, "line one\nline two"));
  std::string long_tail(5000, 'x');
  EXPECT_GUARD_ERROR(TorchError, "fn: first line", TORCH_CHECK(false, "first line\n", long_tail));
  // The errors.h mapping still applies.
  EXPECT_GUARD_ERROR(NotAvailable, "fn: nope", stf::raise(stf::ErrorKind::NotAvailable, "nope"));
  EXPECT_GUARD_ERROR(OutOfMemory, "fn: out of memory", throw std::bad_alloc());
  // Plain std exceptions are libtorch's answer inside the torch variant (e.g. the overflow
  // check of c10::checked_convert throws std::runtime_error): TorchError, not Internal.
  EXPECT_GUARD_ERROR(TorchError, "fn: rt", throw std::runtime_error("rt"));
  EXPECT_GUARD_ERROR(TorchError, "fn: vector::reserve", throw std::length_error("vector::reserve"));
  EXPECT_GUARD_ERROR(Internal, "fn: unknown C++ exception", throw 3);
}

// libtorch's warnings during a guarded call go to the thread's last_warning(), whatever handler
// the thread had; outside calls, the thread's own handler (or c10's default printing) is kept.
struct Collect final : c10::WarningHandler {
  std::vector<std::string> seen;
  void process(const c10::Warning& w) override { seen.push_back(w.msg()); }
};

TEST(TorchSupport, Warnings) {
  // A fresh thread has c10's default handler: the recorder stays installed after the call and,
  // between calls, does what the default does (print to stderr).
  std::thread([] {
    stf::torch_guard_void("fn", [] { TORCH_WARN("inside one"); });
    EXPECT_EQ(std::string(stf::last_warning()), "inside one");
    EXPECT_EQ(c10::WarningUtils::get_warning_handler(), stf::detail::warning_recorder);
    testing::internal::CaptureStderr();
    TORCH_WARN("outside");
    const std::string err = testing::internal::GetCapturedStderr();
    EXPECT_TRUE(contains(err, "outside")) << err;
    EXPECT_EQ(std::string(stf::last_warning()), "inside one");  // not recorded
    // Nested guarded calls: the outer one still records after the inner one returns.
    stf::torch_guard_void("outer", [] {
      stf::torch_guard_void("inner", [] { TORCH_WARN("inner"); });
      TORCH_WARN("outer after inner");
    });
    EXPECT_EQ(std::string(stf::last_warning()), "outer after inner");
  }).join();
  // A thread with its own handler: the call records, the handler is given back after it.
  std::thread([] {
    Collect mine;
    c10::WarningUtils::WarningHandlerGuard guard(&mine);
    stf::torch_guard_void("fn", [] { TORCH_WARN("inside two"); });
    EXPECT_EQ(std::string(stf::last_warning()), "inside two");
    EXPECT_EQ(c10::WarningUtils::get_warning_handler(), &mine);
    TORCH_WARN("theirs");
    EXPECT_EQ(mine.seen, std::vector<std::string>{"theirs"});
  }).join();
  // A handler installed after the recorder stayed: the same.
  std::thread([] {
    stf::torch_guard_void("fn", [] {});
    Collect mine;
    c10::WarningUtils::WarningHandlerGuard guard(&mine);
    stf::torch_guard_void("fn", [] { TORCH_WARN("inside three"); });
    EXPECT_EQ(std::string(stf::last_warning()), "inside three");
    EXPECT_TRUE(mine.seen.empty());
    EXPECT_EQ(c10::WarningUtils::get_warning_handler(), &mine);
  }).join();
}

TEST(TorchSupport, Devices) {
  bool avail = stf::cuda_available();
  int32_t count = stf::cuda_device_count();
  std::printf("  cuda_available=%d count=%d\n", avail, count);
  EXPECT_EQ(avail, count > 0);
  EXPECT_GUARD_ERROR(InvalidArgument, "fn: argument 'device_id': CUDA device index must be >= 0, got -1",
                     stf::cuda_device("device_id", -1));
  EXPECT_TRUE(stf::device_from_code("device", -1).is_cpu());
  EXPECT_TRUE(stf::device_from_code("device", -100).is_cpu());
  if (!avail) {
    EXPECT_GUARD_ERROR(NotAvailable, "fn: CUDA is not available", stf::cuda_device("device_id", 0));
    EXPECT_GUARD_ERROR(NotAvailable, "fn: CUDA is not available", stf::device_from_code("device_id", 0));
  } else {
    EXPECT_TRUE(stf::cuda_device("device_id", 0).is_cuda());
    std::string n = std::to_string(count);
    EXPECT_GUARD_ERROR(InvalidArgument,
                       "fn: argument 'device_id': CUDA device " + n + " out of range (" + n +
                           (count == 1 ? " device)" : " devices)"),
                       stf::cuda_device("device_id", count));
    EXPECT_GUARD_ERROR(InvalidArgument, "fn: argument 'device_id': CUDA device 1000 out of range (" + n +
                                            (count == 1 ? " device)" : " devices)"),
                       stf::cuda_device("device_id", 1000));
  }
}

TEST(TorchSupport, FromData) {
  std::vector<double> d{1, 2, 3, 4, 5, 6.5};
  std::vector<int64_t> dims{2, 3};
  at::Tensor t = stf::from_data(d, dims);
  EXPECT_TRUE(t.scalar_type() == at::kFloat);
  EXPECT_TRUE(t.is_cpu());
  EXPECT_TRUE(t.sizes() == at::IntArrayRef({2, 3}));
  EXPECT_TRUE(read_all(t) == d);

  std::vector<double> five{1, 2, 3, 4, 5};
  EXPECT_GUARD_ERROR(InvalidArgument, "fn: argument 'data': 5 values do not fill shape [2, 3] (6 elements)",
                     stf::from_data(five, dims));
  // Scalar (0-d) and empty shapes.
  std::vector<double> one{3.25};
  at::Tensor s = stf::from_data(one, {});
  EXPECT_EQ(s.dim(), 0);
  EXPECT_TRUE(read_all(s) == one);
  EXPECT_GUARD_ERROR(InvalidArgument, "fn: argument 'data': 0 values do not fill shape [] (1 element)",
                     stf::from_data({}, {}));
  std::vector<int64_t> zdims{0, 4};
  EXPECT_EQ(stf::from_data({}, zdims).numel(), 0);
  std::vector<int64_t> neg{2, -3};
  EXPECT_GUARD_ERROR(InvalidArgument, "fn: argument 'dims': dimension 1 is negative (-3)", stf::from_data(d, neg));
  // Float rounding.
  std::vector<double> third{1.0 / 3};
  std::vector<int64_t> d1{1};
  EXPECT_EQ(read_all(stf::from_data(third, d1))[0], static_cast<double>(1.0f / 3));
  if (stf::cuda_available()) {
    at::Tensor g = stf::from_data(d, dims, stf::cuda_device("device_id", 0));
    EXPECT_TRUE(g.is_cuda());
    EXPECT_TRUE(read_all(g) == d);
  }
}

TEST(TorchSupport, WriteOut) {
  // 2x3 int64 arange, transposed -> non-contiguous 3x2.
  at::Tensor a = at::arange(6, at::TensorOptions().dtype(at::kLong)).reshape({2, 3});
  at::Tensor tt = a.t();
  EXPECT_TRUE(!tt.is_contiguous());
  EXPECT_TRUE((read_all(tt) == std::vector<double>{0, 3, 1, 4, 2, 5}));
  // Truncated copy returns the full count and leaves the rest untouched.
  double buf[4] = {-1, -1, -1, -1};
  EXPECT_EQ(stf::write_out("out", buf, 2, tt), 6);
  EXPECT_TRUE(buf[0] == 0 && buf[1] == 3 && buf[2] == -1);
  EXPECT_EQ(stf::write_out("out", nullptr, 0, tt), 6);
  // Double fast path with a storage offset.
  at::Tensor dd = at::arange(10, at::TensorOptions().dtype(at::kDouble)).narrow(0, 3, 4);
  EXPECT_TRUE((read_all(dd) == std::vector<double>{3, 4, 5, 6}));
  // Strided double (slow path).
  at::Tensor ds = at::arange(10, at::TensorOptions().dtype(at::kDouble)).slice(0, 0, 10, 3);
  EXPECT_TRUE((read_all(ds) == std::vector<double>{0, 3, 6, 9}));
  // Bool, 0-d, empty.
  at::Tensor bo = at::zeros({3}, at::TensorOptions().dtype(at::kBool));
  EXPECT_TRUE((read_all(bo) == std::vector<double>{0, 0, 0}));
  EXPECT_TRUE((read_all(at::zeros({})) == std::vector<double>{0}));
  EXPECT_EQ(stf::write_out("out", buf, 4, at::zeros({0, 3})), 0);
  // Argument errors.
  EXPECT_GUARD_ERROR(InvalidArgument, "fn: argument 'out': negative length -2", stf::write_out("out", buf, -2, tt));
  EXPECT_GUARD_ERROR(InvalidArgument, "fn: argument 'out': null pointer with length 6",
                     stf::write_out("out", static_cast<double*>(nullptr), 6, tt));
  EXPECT_GUARD_ERROR(InvalidArgument, "fn: cannot read values of an undefined tensor",
                     stf::write_out("out", buf, 4, at::Tensor()));
  // Sizes.
  int64_t shape[8];
  at::Tensor z = at::zeros({4, 5, 6});
  EXPECT_EQ(stf::write_out("shape", shape, 8, z.sizes()), 3);
  EXPECT_TRUE(shape[0] == 4 && shape[1] == 5 && shape[2] == 6);
  EXPECT_EQ(stf::write_out("shape", nullptr, 0, z.sizes()), 3);
  EXPECT_EQ(stf::write_out("shape", shape, 8, at::zeros({}).sizes()), 0);
  EXPECT_EQ(stf::shape_str(z.sizes()), "[4, 5, 6]");
  if (stf::cuda_available()) {
    at::Tensor g = tt.to(stf::cuda_device("device_id", 0));
    EXPECT_TRUE((read_all(g) == std::vector<double>{0, 3, 1, 4, 2, 5}));
  }
}

}  // namespace
