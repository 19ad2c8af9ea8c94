// bench/abi_overhead.cpp — C++ side of `nox -s bench` (built by CMake: target stf_bench_abi).
//
//   abi_overhead add REPEATS ITERS
//       simple_torch_tensor_add + simple_torch_tensor_free (the generated C ABI) against a direct
//       at::add on the same two 2x3 float tensors, interleaved: every repeat times ITERS calls of
//       each, alternating which goes first (ABBA), so drift hits both sides alike.
//   abi_overhead profile abi|direct ITERS
//       one side of `add` alone, ITERS times after a warm-up of ITERS calls: for instruction
//       counts (valgrind --tool=callgrind; instructions per call = the difference of two runs
//       with different ITERS, divided by the difference of ITERS).
//   abi_overhead contention MODE REPEATS ITERS
//       handle-table throughput of 2 threads against 1 thread, interleaved per repeat, beside
//       the same work done by libtorch itself (the floor: plain at::Tensor operations and
//       copies, no library) and a control loop. MODE:
//         create  tensor_ones([1]) + tensor_numel + tensor_free (each thread its own tensors);
//                 floor: at::ones({1}) + numel + destruction
//         query   tensor_numel on a handle the thread created itself (a handle-only operation);
//                 floor: a copy of the thread's own at::Tensor + numel
//         shared  tensor_numel on one handle both threads use; floor: a copy of one shared
//                 at::Tensor + numel (both threads bounce its reference count)
//         control a register-only integer loop, no library call: how well this machine runs
//                 2 threads at all (other processes, shared physical cores); the ceiling for
//                 the modes above (run beside every mode too)
//
// Output: one JSON object on stdout; times in nanoseconds per operation (per thread for
// contention). Exit 1 with the library's last error if any call fails.
//
// Narrow ATen headers only (never torch/torch.h), like the generated torch variant.
#include <ATen/core/Tensor.h>
#include <ATen/ops/add.h>
#include <ATen/ops/ones.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <ctime>
#include <string>
#include <thread>
#include <utility>
#include <vector>

#include "simple_torch_ffi.h"

namespace {

using Clock = std::chrono::steady_clock;

[[noreturn]] void fail(const char* what) {
  std::fprintf(stderr, "abi_overhead: %s failed: %s (kind %d)\n", what, simple_torch_last_error(),
               simple_torch_last_error_kind());
  std::exit(1);
}

int64_t checked(int64_t h, const char* what) {
  if (h <= 0) fail(what);
  return h;
}

// CPU time of the calling thread: time the thread spent descheduled (the machine is shared) does
// not count, so single-thread ratios hold under load.
struct ThreadClock {
  using duration = std::chrono::nanoseconds;
  using time_point = std::chrono::time_point<ThreadClock, duration>;
  static time_point now() noexcept {
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return time_point(duration(int64_t{ts.tv_sec} * 1'000'000'000 + ts.tv_nsec));
  }
};

template <class TimePoint>
double ns_per_op(TimePoint t0, TimePoint t1, int64_t ops) {
  return std::chrono::duration<double, std::nano>(t1 - t0).count() / static_cast<double>(ops);
}

void print_list(const char* key, const std::vector<double>& v, bool last) {
  std::printf("\"%s\": [", key);
  for (size_t i = 0; i < v.size(); ++i) std::printf("%s%.3f", i ? ", " : "", v[i]);
  std::printf("]%s", last ? "" : ", ");
}

// ---- 1. ABI overhead: generated add+free vs at::add --------------------------------------------
int run_add(int repeats, int64_t iters) {
  const int64_t dims[] = {2, 3};
  const double va[] = {1, 2, 3, 4, 5, 6};
  const double vb[] = {0.5, 0.25, -1, 2, 3, 4};
  const int64_t ha = checked(simple_torch_tensor_from_data(va, 6, dims, 2), "tensor_from_data");
  const int64_t hb = checked(simple_torch_tensor_from_data(vb, 6, dims, 2), "tensor_from_data");
  const at::Tensor x = at::ones({2, 3}, at::TensorOptions().dtype(at::kFloat));
  const at::Tensor y = at::ones({2, 3}, at::TensorOptions().dtype(at::kFloat));

  auto abi = [&](int64_t n) {
    const auto t0 = ThreadClock::now();
    for (int64_t i = 0; i < n; ++i) {
      const int64_t h = simple_torch_tensor_add(ha, hb);
      if (h == 0) fail("tensor_add");
      simple_torch_tensor_free(h);
    }
    return ns_per_op(t0, ThreadClock::now(), n);
  };
  auto direct = [&](int64_t n) {
    const auto t0 = ThreadClock::now();
    for (int64_t i = 0; i < n; ++i) {
      at::Tensor r = at::add(x, y);
      if (!r.defined()) fail("at::add");
    }
    return ns_per_op(t0, ThreadClock::now(), n);
  };

  abi(iters / 4);  // warm-up: allocator caches, dispatcher, handle-table slots
  direct(iters / 4);
  std::vector<double> a, b;
  for (int r = 0; r < repeats; ++r) {
    if (r % 2 == 0) {
      a.push_back(abi(iters));
      b.push_back(direct(iters));
    } else {
      b.push_back(direct(iters));
      a.push_back(abi(iters));
    }
  }
  simple_torch_tensor_free(ha);
  simple_torch_tensor_free(hb);
  if (simple_torch_live_handles() != 0) fail("live_handles == 0 at exit");
  std::printf("{\"bench\": \"add\", \"iters\": %lld, ", static_cast<long long>(iters));
  print_list("abi_ns", a, false);
  print_list("direct_ns", b, true);
  std::printf("}\n");
  return 0;
}

// One side of run_add alone (for callgrind).
int run_profile(const char* side, int64_t iters) {
  const int64_t dims[] = {2, 3};
  const double va[] = {1, 2, 3, 4, 5, 6};
  const int64_t ha = checked(simple_torch_tensor_from_data(va, 6, dims, 2), "tensor_from_data");
  const int64_t hb = checked(simple_torch_tensor_from_data(va, 6, dims, 2), "tensor_from_data");
  const at::Tensor x = at::ones({2, 3}, at::TensorOptions().dtype(at::kFloat));
  const at::Tensor y = at::ones({2, 3}, at::TensorOptions().dtype(at::kFloat));
  const bool abi = std::strcmp(side, "abi") == 0;
  if (!abi && std::strcmp(side, "direct") != 0) {
    std::fprintf(stderr, "abi_overhead: unknown profile side '%s'\n", side);
    return 2;
  }
  for (int pass = 0; pass < 2; ++pass) {  // warm-up, then the counted pass
    for (int64_t i = 0; i < iters; ++i) {
      if (abi) {
        const int64_t h = simple_torch_tensor_add(ha, hb);
        if (h == 0) fail("tensor_add");
        simple_torch_tensor_free(h);
      } else {
        at::Tensor r = at::add(x, y);
        if (!r.defined()) fail("at::add");
      }
    }
  }
  simple_torch_tensor_free(ha);
  simple_torch_tensor_free(hb);
  std::printf("{\"bench\": \"profile\", \"side\": \"%s\", \"iters\": %lld}\n", side,
              static_cast<long long>(iters));
  return 0;
}

// ---- 6. contention: 2 threads vs 1 on handle operations ------------------------------------------
enum class Mode { Create, Query, Shared, Control };
// What runs the mode's work: the C ABI, or libtorch itself with plain at::Tensor copies (the
// floor: the same work without the library), or the control loop.
enum class Side { Abi, Floor, Control };

// One thread's objects: its own handle and tensor, the shared ones.
struct Operands {
  int64_t own, shared;
  at::Tensor own_t, shared_t;
};

void work(Mode mode, Side side, const Operands& o, int64_t n) {
  static const int64_t one[] = {1};
  if (side == Side::Control) {
    uint64_t x = static_cast<uint64_t>(o.own);
    for (int64_t i = 0; i < n; ++i) {
      for (int k = 0; k < 8; ++k) {  // ~ the cost of one numel call, in registers only
        x += 0x9e3779b97f4a7c15ULL;
        x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ULL;
      }
      asm volatile("" : "+r"(x));
    }
    if (x == 42) std::fprintf(stderr, "unlikely\n");
    return;
  }
  const bool abi = side == Side::Abi;
  switch (mode) {
    case Mode::Create:
      for (int64_t i = 0; i < n; ++i) {
        if (abi) {
          const int64_t h = simple_torch_tensor_ones(one, 1, SIMPLE_TORCH_DTYPE_FLOAT32);
          if (h == 0) fail("tensor_ones");
          if (simple_torch_tensor_numel(h) != 1) fail("tensor_numel");
          simple_torch_tensor_free(h);
        } else {
          const at::Tensor t = at::ones({1}, at::TensorOptions().dtype(at::kFloat));
          if (t.numel() != 1) fail("at::ones");
        }
      }
      break;
    case Mode::Query:
    case Mode::Shared: {
      const int64_t h = mode == Mode::Query ? o.own : o.shared;
      const at::Tensor& src = mode == Mode::Query ? o.own_t : o.shared_t;
      for (int64_t i = 0; i < n; ++i) {
        if (abi) {
          if (simple_torch_tensor_numel(h) != 1) fail("tensor_numel");
        } else {
          const at::Tensor t = src;  // a copy: one reference-count increment and decrement
          if (t.numel() != 1) fail("at::Tensor numel");
        }
      }
      break;
    }
    case Mode::Control:
      break;
  }
}

// Wall time of `threads` threads doing `n` operations each, from a common start signal to the
// last one finishing (threads are created, warmed up and waiting before the clock starts).
double timed_threads(Mode mode, Side side, int threads, const Operands& common, int64_t n) {
  static const int64_t one[] = {1};
  std::atomic<int> ready{0};
  std::atomic<bool> go{false};
  std::vector<Clock::time_point> ends(threads);
  std::vector<std::thread> pool;
  for (int t = 0; t < threads; ++t) {
    pool.emplace_back([&, t] {
      Operands o = common;
      o.own = checked(simple_torch_tensor_ones(one, 1, SIMPLE_TORCH_DTYPE_FLOAT32), "tensor_ones");
      o.own_t = at::ones({1}, at::TensorOptions().dtype(at::kFloat));
      work(mode, side, o, 256);  // warm-up: thread-local error slot, allocator caches
      ready.fetch_add(1);
      while (!go.load(std::memory_order_acquire)) {
      }
      work(mode, side, o, n);
      ends[t] = Clock::now();
      simple_torch_tensor_free(o.own);
    });
  }
  while (ready.load() != threads) std::this_thread::yield();
  const auto t0 = Clock::now();
  go.store(true, std::memory_order_release);
  for (auto& th : pool) th.join();
  const auto t1 = *std::max_element(ends.begin(), ends.end());
  return std::chrono::duration<double, std::nano>(t1 - t0).count();
}

int run_contention(const char* mode_name, int repeats, int64_t iters) {
  Mode mode;
  if (std::strcmp(mode_name, "create") == 0) {
    mode = Mode::Create;
  } else if (std::strcmp(mode_name, "query") == 0) {
    mode = Mode::Query;
  } else if (std::strcmp(mode_name, "shared") == 0) {
    mode = Mode::Shared;
  } else if (std::strcmp(mode_name, "control") == 0) {
    mode = Mode::Control;
  } else {
    std::fprintf(stderr, "abi_overhead: unknown contention mode '%s'\n", mode_name);
    return 2;
  }
  const int64_t one[] = {1};
  Operands common{0, checked(simple_torch_tensor_ones(one, 1, SIMPLE_TORCH_DTYPE_FLOAT32), "tensor_ones"), {},
                  at::ones({1}, at::TensorOptions().dtype(at::kFloat))};
  const Side main_side = mode == Mode::Control ? Side::Control : Side::Abi;
  timed_threads(mode, main_side, 2, common, iters / 4);  // warm-up
  // The floor and the control loop run as long as the measured mode (their iteration counts are
  // scaled to it), interleaved with it in every repeat: the floor's speed-up is what libtorch
  // itself gets from a second thread for the same work, the control's what the machine allows.
  const double mode_ns = timed_threads(mode, main_side, 1, common, iters);
  auto scaled = [&](Side side) {
    const double ns = timed_threads(mode, side, 1, common, iters);
    return std::max<int64_t>(1, static_cast<int64_t>(static_cast<double>(iters) * mode_ns / ns));
  };
  const int64_t floor_iters = mode == Mode::Control ? iters : scaled(Side::Floor);
  const int64_t control_iters = scaled(Side::Control);
  // Wall ns per operation of one thread, for 1 and 2 threads, of each side.
  std::vector<double> one_ns, two_ns, floor_one_ns, floor_two_ns, ctl_one_ns, ctl_two_ns;
  struct Run {
    Side side;
    int threads;
    int64_t n;
    std::vector<double>* out;
  };
  const Run runs[] = {{main_side, 1, iters, &one_ns},          {main_side, 2, iters, &two_ns},
                      {Side::Floor, 1, floor_iters, &floor_one_ns}, {Side::Floor, 2, floor_iters, &floor_two_ns},
                      {Side::Control, 1, control_iters, &ctl_one_ns}, {Side::Control, 2, control_iters, &ctl_two_ns}};
  constexpr int kRuns = sizeof(runs) / sizeof(runs[0]);
  for (int r = 0; r < repeats; ++r) {
    // Rotate the order of the measurements so drift hits each alike.
    for (int k = 0; k < kRuns; ++k) {
      const Run& run = runs[(k + r) % kRuns];
      if (run.side == Side::Floor && mode == Mode::Control) {
        run.out->push_back(0);
        continue;
      }
      run.out->push_back(timed_threads(mode, run.side, run.threads, common, run.n) / static_cast<double>(run.n));
    }
  }
  simple_torch_tensor_free(common.shared);
  if (simple_torch_live_handles() != 0) fail("live_handles == 0 at exit");
  std::printf("{\"bench\": \"contention\", \"mode\": \"%s\", \"iters\": %lld, \"floor_iters\": %lld, "
              "\"control_iters\": %lld, ",
              mode_name, static_cast<long long>(iters), static_cast<long long>(floor_iters),
              static_cast<long long>(control_iters));
  print_list("one_thread_ns", one_ns, false);
  print_list("two_threads_ns", two_ns, false);
  print_list("floor_one_thread_ns", floor_one_ns, false);
  print_list("floor_two_threads_ns", floor_two_ns, false);
  print_list("control_one_thread_ns", ctl_one_ns, false);
  print_list("control_two_threads_ns", ctl_two_ns, true);
  std::printf("}\n");
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  if (!simple_torch_available()) {
    std::fprintf(stderr, "abi_overhead: the library reports libtorch unavailable\n");
    return 1;
  }
  if (argc == 4 && std::strcmp(argv[1], "add") == 0) {
    return run_add(std::atoi(argv[2]), std::atoll(argv[3]));
  }
  if (argc == 4 && std::strcmp(argv[1], "profile") == 0) {
    return run_profile(argv[2], std::atoll(argv[3]));
  }
  if (argc == 5 && std::strcmp(argv[1], "contention") == 0) {
    return run_contention(argv[2], std::atoi(argv[3]), std::atoll(argv[4]));
  }
  std::fprintf(stderr,
               "usage: abi_overhead add REPEATS ITERS\n"
               "       abi_overhead profile abi|direct ITERS\n"
               "       abi_overhead contention create|query|shared|control REPEATS ITERS\n");
  return 2;
}
