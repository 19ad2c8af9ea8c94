/* Concurrency test of the whole C ABI (libtorch variant), meant for ThreadSanitizer and ASan:
   the generated ABI source is compiled into the test, so the handle table, the thread-local
   errors and the guards are all instrumented (libtorch itself is not).

   Built by CMake when libtorch is found (tests/cpp/CMakeLists.txt, target test_abi_threads,
   linked with the objects of the torch variant, stf_torch_objects) and run by ctest:
     nox -s build test     (or: ctest --test-dir build/cmake --output-on-failure -R AbiThreads)
   `nox -s sanitize` builds and runs it again under ASan+UBSan (build/asan) and TSan
   (build/tsan), where those objects are instrumented too.

   6 threads x 3000 steps: create (from_data / zeros), add / relu / to_data with value checks,
   free, double free, use after free, null handles, and a pool of 256 shared handles that all
   threads read, add and free concurrently (each must be freed exactly once). After every call
   the thread checks last_error_kind/last_error are those of its own call.
*/
#include <atomic>
#include <cstdint>
#include <cstdio>
#include <random>
#include <string>
#include <thread>
#include <vector>

#include <gtest/gtest.h>

#include "simple_torch_ffi.h"

namespace {

// googletest records failures from any thread (its result reporter is thread-safe).
std::string last_error() { return simple_torch_last_error(); }
int kind() { return simple_torch_last_error_kind(); }

// The last call succeeded (kind 0, empty message).
#define EXPECT_OK()                       \
  do {                                    \
    EXPECT_EQ(kind(), 0) << last_error(); \
    EXPECT_EQ(last_error(), "");          \
  } while (0)
// The last call failed with `k` and exactly `msg`.
#define EXPECT_ERR(k, msg)                                                   \
  do {                                                                       \
    EXPECT_EQ(kind(), (k)) << "message '" << last_error() << "'";            \
    EXPECT_EQ(last_error(), std::string(msg));                               \
  } while (0)

std::string stale(const char* fn, const char* arg, int64_t h) {
  return std::string(fn) + ": argument '" + arg + "': handle " + std::to_string(h) +
         " is stale (already freed)";
}

constexpr int kThreads = 6;
constexpr int kSteps = 3000;
constexpr int kShared = 256;

struct Own {
  int64_t h;
  double value;
};

void worker(int tid, const std::vector<int64_t>& shared, std::atomic<int>& shared_frees) {
  std::mt19937_64 rng(977 * tid + 13);
  std::vector<Own> mine;
  std::vector<int64_t> freed;
  const int64_t dims23[] = {2, 3};
  for (int step = 0; step < kSteps; ++step) {
    const int r = static_cast<int>(rng() % 100);
    if (r < 25 || (mine.empty() && r < 60)) {
      const double v = tid * 10000.0 + step;
      const double data[6] = {v, v, v, v, v, v};
      const int64_t h = (step % 2) ? simple_torch_tensor_from_data(data, 6, dims23, 2)
                                   : simple_torch_tensor_zeros(dims23, 2, SIMPLE_TORCH_DTYPE_FLOAT32);
      EXPECT_OK();
      EXPECT_TRUE(h > 0);
      mine.push_back({h, (step % 2) ? v : 0.0});
    } else if (r < 60) {
      const Own& o = mine[rng() % mine.size()];
      const int64_t s = simple_torch_tensor_add(o.h, o.h);
      EXPECT_OK();
      const int64_t p = simple_torch_relu(s);
      EXPECT_OK();
      double out[8] = {-1, -1, -1, -1, -1, -1, -1, -1};
      EXPECT_TRUE(simple_torch_tensor_to_data(p, out, 8) == 6);
      EXPECT_OK();
      for (int i = 0; i < 6; ++i) EXPECT_TRUE(out[i] == 2 * o.value);
      EXPECT_TRUE(out[6] == -1);
      int64_t shape[4] = {0, 0, 0, 0};
      EXPECT_TRUE(simple_torch_tensor_shape(o.h, shape, 4) == 2 && shape[0] == 2 && shape[1] == 3);
      simple_torch_tensor_free(s);
      EXPECT_OK();
      simple_torch_tensor_free(p);
      EXPECT_OK();
    } else if (r < 80 && !mine.empty()) {
      const size_t i = rng() % mine.size();
      const int64_t h = mine[i].h;
      mine[i] = mine.back();
      mine.pop_back();
      simple_torch_tensor_free(h);
      EXPECT_OK();
      simple_torch_tensor_free(h);  // double free
      EXPECT_ERR(1, stale("simple_torch_tensor_free", "handle", h));
      freed.push_back(h);
    } else if (r < 85 && !freed.empty()) {
      const int64_t h = freed[rng() % freed.size()];
      EXPECT_TRUE(simple_torch_tensor_numel(h) == -1);  // use after free
      EXPECT_ERR(1, stale("simple_torch_tensor_numel", "handle", h));
    } else if (r < 90) {
      EXPECT_TRUE(simple_torch_tensor_mul(0, 0) == 0);
      EXPECT_ERR(1, "simple_torch_tensor_mul: argument 'a': handle 0 is null");
    } else {
      const int64_t h = shared[rng() % shared.size()];
      const int op = static_cast<int>(rng() % 3);
      if (op == 0) {
        const int64_t n = simple_torch_tensor_numel(h);
        if (kind() == 0) {
          EXPECT_TRUE(n == 4);
        } else {
          EXPECT_ERR(1, stale("simple_torch_tensor_numel", "handle", h));
        }
      } else if (op == 1) {
        const int64_t s = simple_torch_tensor_add(h, h);
        if (kind() == 0) {
          EXPECT_TRUE(s > 0);
          simple_torch_tensor_free(s);
          EXPECT_OK();
        } else {
          EXPECT_ERR(1, stale("simple_torch_tensor_add", "a", h));
        }
      } else {
        simple_torch_tensor_free(h);
        if (kind() == 0) {
          ++shared_frees;
        } else {
          EXPECT_ERR(1, stale("simple_torch_tensor_free", "handle", h));
        }
      }
    }
  }
  for (const Own& o : mine) {
    simple_torch_tensor_free(o.h);
    EXPECT_OK();
  }
}

TEST(AbiThreads, ConcurrentHandles) {
  const int64_t base = simple_torch_live_handles();
  std::vector<int64_t> shared;
  const int64_t dims[] = {2, 2};
  for (int i = 0; i < kShared; ++i) shared.push_back(simple_torch_tensor_ones(dims, 2, SIMPLE_TORCH_DTYPE_FLOAT32));
  EXPECT_TRUE(simple_torch_live_handles() == base + kShared);
  std::atomic<int> shared_frees{0};
  std::vector<std::thread> threads;
  for (int t = 0; t < kThreads; ++t) threads.emplace_back(worker, t, std::cref(shared), std::ref(shared_frees));
  for (auto& t : threads) t.join();
  int leftover = 0;
  for (int64_t h : shared) {
    simple_torch_tensor_free(h);
    leftover += kind() == 0;
  }
  EXPECT_EQ(shared_frees.load() + leftover, kShared)
      << shared_frees.load() << " freed by the threads + " << leftover << " left";
  EXPECT_TRUE(simple_torch_live_handles() == base);
}

TEST(AbiThreads, ErrorsArePerThread) {
  EXPECT_TRUE(simple_torch_tensor_ndim(-7) == -1);
  const std::string mine = "simple_torch_tensor_ndim: argument 'handle': handle -7 is negative";
  EXPECT_ERR(1, mine);
  const char* p = simple_torch_last_error();
  std::atomic<bool> stop{false};
  std::vector<std::thread> noisy;
  for (int t = 0; t < 4; ++t) {
    noisy.emplace_back([&stop, t] {
      for (int i = 0; i < 20000 && !stop.load(); ++i) {
        simple_torch_tensor_numel(-(t + 1) * 1000 - i);
        simple_torch_abi_version();
      }
      // A fresh thread's error slot is empty until it calls something.
    });
  }
  for (int i = 0; i < 2000; ++i) {
    EXPECT_TRUE(std::string(p) == mine);
    EXPECT_TRUE(simple_torch_last_error_kind() == 1);
  }
  stop = true;
  for (auto& t : noisy) t.join();
  EXPECT_ERR(1, mine);
  std::thread fresh([] {
    EXPECT_TRUE(kind() == 0 && last_error().empty());
    simple_torch_tensor_free(0);
    EXPECT_ERR(1, "simple_torch_tensor_free: argument 'handle': handle 0 is null");
  });
  fresh.join();
  EXPECT_ERR(1, mine);
  EXPECT_TRUE(simple_torch_abi_version() == SIMPLE_TORCH_ABI_VERSION);
  EXPECT_OK();
}

// Scopes through the ABI, one per thread at a time, nested, with keep and explicit frees, while
// other threads do the same: each scope frees exactly its own thread's leftovers, and the
// census names the creating functions of what is still alive.
TEST(AbiThreads, ScopesAndCensus) {
  const int64_t base = simple_torch_live_handles();
  const int64_t dims[] = {2};
  int64_t unscoped = simple_torch_tensor_zeros(dims, 1, SIMPLE_TORCH_DTYPE_FLOAT32);
  std::vector<std::thread> threads;
  std::vector<std::vector<int64_t>> kept(kThreads);
  for (int t = 0; t < kThreads; ++t) {
    threads.emplace_back([t, unscoped, &dims, &kept] {
      std::mt19937_64 rng(t + 7);
      for (int round = 0; round < 200; ++round) {
        const int64_t outer = simple_torch_scope_begin();
        EXPECT_TRUE(outer > 0) << last_error();
        int64_t a = simple_torch_tensor_ones(dims, 1, SIMPLE_TORCH_DTYPE_FLOAT32);
        const int64_t inner = simple_torch_scope_begin();
        EXPECT_EQ(simple_torch_scope_end(outer), -1);  // not the innermost
        EXPECT_EQ(kind(), 2) << last_error();
        int64_t b = simple_torch_tensor_add(a, unscoped);
        int64_t c = simple_torch_relu(b);
        int64_t d = simple_torch_tensor_neg(c);
        simple_torch_tensor_free(c);  // explicitly freed: skipped by the scope
        simple_torch_scope_keep(d);   // moves to `outer`
        EXPECT_OK();
        const bool keep_a = rng() % 2 == 0;
        if (keep_a) {
          simple_torch_scope_keep(a);  // unscoped from now on
          EXPECT_OK();
          kept[t].push_back(a);
        }
        EXPECT_EQ(simple_torch_scope_end(inner), 1);  // b
        EXPECT_OK();
        EXPECT_TRUE(simple_torch_tensor_numel(b) == -1);  // freed by the scope
        EXPECT_ERR(1, stale("simple_torch_tensor_numel", "handle", b));
        EXPECT_TRUE(simple_torch_tensor_numel(d) == 2);
        const int64_t freed = simple_torch_scope_end(outer);
        EXPECT_EQ(freed, keep_a ? 1 : 2);  // d (and a)
      }
    });
  }
  for (auto& th : threads) th.join();
  size_t n_kept = 0;
  for (const auto& k : kept) n_kept += k.size();
  EXPECT_TRUE(simple_torch_live_handles() == base + 1 + static_cast<int64_t>(n_kept));
  std::string census = simple_torch_census();
  EXPECT_OK();
  std::string want;
  if (n_kept > 0) want += "tensor_ones " + std::to_string(n_kept) + "\n";
  want += "tensor_zeros 1\n";
  if (base == 0) {
    EXPECT_EQ(census, want);
  }
  for (const auto& k : kept)
    for (int64_t h : k) simple_torch_tensor_free(h);
  simple_torch_tensor_free(unscoped);
  EXPECT_TRUE(simple_torch_live_handles() == base);
}

}  // namespace
