// stf/handle_table.h — thread-safe, generation-checked handle table (in the
// style of Mozilla ffi-support's HandleMap).  Header-only, no libtorch.
//
// Handle bit layout (int64, always > 0):
//
//    63  62........55  54..............24  23....20  19...........0
//   [ 0 | table (8)  |  generation (31)  | shard(4) |  slot (20)   ]
//
//  * bit 63 is always clear, and `table` is nonzero, so every issued handle is
//    positive: 0 and negative values are never issued (0 means "no object").
//  * table: the id given to the constructor (1..255); a handle passed to the
//    wrong table is rejected.
//  * shard/slot: where the value lives.  16 shards x 2^20 slots = 16M live
//    entries per table (a full shard spills over into the next one).
//  * generation: per-slot counter, bumped every time the slot is freed, so
//    handles to a freed object are "stale" forever after, even when the slot is
//    reused (ABA-safe).  It wraps after 2^31 (~2.1e9) frees of the *same* slot;
//    only then could a very old stale handle alias a new object.
//  * Forged values are decoded and bounds-checked before any access: they are
//    rejected (or, with probability ~2^-39 for random bits, happen to equal a
//    live handle), never index out of bounds.
//
// Concurrency: each shard has its own spinlock, slot storage (std::deque: growth
// never moves existing slots) and free list.  insert() uses a shard chosen by a
// hash of the calling thread's id, so threads rarely contend; get()/remove()
// lock only the shard named by the handle.  Removed values are destroyed after
// the shard lock is released (destructors may be slow or re-enter the table).
#pragma once

#include <array>
#include <atomic>
#include <cstdint>
#include <deque>
#include <functional>
#include <mutex>
#include <optional>
#include <string>
#include <thread>
#include <type_traits>
#include <utility>
#include <vector>

#include "errors.h"

namespace stf {

namespace detail {
// Home shard of the calling thread (stable for the thread's lifetime).
inline uint32_t thread_shard_hash() noexcept {
  thread_local const uint32_t h = [] {
    uint64_t x = std::hash<std::thread::id>{}(std::this_thread::get_id());
    // splitmix64 finaliser: pthread ids are aligned addresses with poor low bits.
    x += 0x9e3779b97f4a7c15ULL;
    x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ULL;
    x = (x ^ (x >> 27)) * 0x94d049bb133111ebULL;
    return static_cast<uint32_t>(x ^ (x >> 31));
  }();
  return h;
}

// A test-and-test-and-set spinlock for the shards' short critical sections (a slot lookup and a
// reference-count increment). Uncontended it is one atomic exchange and one store, cheaper than
// std::mutex on the per-call hot path; under contention it spins briefly, then yields.
class SpinLock {
 public:
  void lock() noexcept {
    for (int spins = 0;; ++spins) {
      if (!locked_.exchange(true, std::memory_order_acquire)) return;
      while (locked_.load(std::memory_order_relaxed)) {
        if (++spins > 64) {
          std::this_thread::yield();
        } else {
#if defined(__x86_64__) || defined(__i386__)
          __builtin_ia32_pause();
#endif
        }
      }
    }
  }
  void unlock() noexcept { locked_.store(false, std::memory_order_release); }

 private:
  std::atomic<bool> locked_{false};
};
}  // namespace detail

template <class T>
class HandleTable {
  static_assert(std::is_nothrow_move_constructible_v<T>, "HandleTable values must be nothrow-movable");

 public:
  static constexpr int kSlotBits = 20;
  static constexpr int kShardBits = 4;
  static constexpr int kGenBits = 31;
  static constexpr int kTableBits = 8;
  static constexpr int kShardShift = kSlotBits;
  static constexpr int kGenShift = kShardShift + kShardBits;
  static constexpr int kTableShift = kGenShift + kGenBits;
  static_assert(kTableShift + kTableBits == 63, "handles must use exactly 63 bits");

  static constexpr uint32_t kShards = 1u << kShardBits;
  static constexpr uint32_t kSlotsPerShard = 1u << kSlotBits;
  static constexpr uint32_t kGenMask = (1u << kGenBits) - 1;

  struct Parts {
    uint32_t table, generation, shard, slot;
  };
  static constexpr int64_t encode(Parts p) noexcept {
    return static_cast<int64_t>((uint64_t{p.table & 0xFFu} << kTableShift) |
                                (uint64_t{p.generation & kGenMask} << kGenShift) |
                                (uint64_t{p.shard & (kShards - 1)} << kShardShift) |
                                uint64_t{p.slot & (kSlotsPerShard - 1)});
  }
  static constexpr Parts decode(int64_t handle) noexcept {
    const auto u = static_cast<uint64_t>(handle);
    return {static_cast<uint32_t>((u >> kTableShift) & 0xFFu),
            static_cast<uint32_t>((u >> kGenShift) & kGenMask),
            static_cast<uint32_t>((u >> kShardShift) & (kShards - 1)),
            static_cast<uint32_t>(u & (kSlotsPerShard - 1))};
  }

  explicit HandleTable(uint8_t table_id) : table_id_(table_id) {
    if (table_id == 0) raise(ErrorKind::Internal, "HandleTable: table id must be nonzero");
  }
  HandleTable(const HandleTable&) = delete;
  HandleTable& operator=(const HandleTable&) = delete;

  uint8_t table_id() const noexcept { return table_id_; }

  // Stores `value` and returns its new handle.  Throws Error(OutOfMemory) if
  // every shard is full, std::bad_alloc if slot storage cannot grow.
  int64_t insert(T value) {
    const uint32_t home = detail::thread_shard_hash();
    for (uint32_t i = 0; i < kShards; ++i) {
      const uint32_t s = (home + i) & (kShards - 1);
      Shard& sh = shards_[s];
      std::lock_guard lock(sh.mu);
      uint32_t idx;
      if (!sh.free.empty()) {
        idx = sh.free.back();
        sh.free.pop_back();
      } else if (sh.slots.size() < kSlotsPerShard) {
        // Keep free-list capacity >= slot count so remove() never allocates.
        if (sh.free.capacity() < sh.slots.size() + 1) sh.free.reserve(std::max<size_t>(64, 2 * sh.slots.size()));
        sh.slots.emplace_back();
        idx = static_cast<uint32_t>(sh.slots.size() - 1);
      } else {
        continue;  // shard full: spill over to the next one
      }
      Slot& slot = sh.slots[idx];
      slot.value.emplace(std::move(value));  // nothrow (static_assert above)
      sh.live.fetch_add(1, std::memory_order_relaxed);
      return encode({table_id_, slot.generation, s, idx});
    }
    raise(ErrorKind::OutOfMemory, "handle table exhausted (" + std::to_string(uint64_t{kShards} * kSlotsPerShard) +
                                      " live handles)");
  }

  // Returns a copy of the value.  Throws Error(InvalidHandle) on a bad handle.
  T get(const char* arg, int64_t handle) const {
    const Parts p = check_bits(arg, handle);
    const Shard& sh = shards_[p.shard];
    std::lock_guard lock(sh.mu);
    return *locate(arg, handle, p, sh).value;
  }

  // Frees the handle; the value is destroyed outside the lock.  Freeing twice
  // reports the handle as stale.
  void remove(const char* arg, int64_t handle) {
    const Parts p = check_bits(arg, handle);
    Shard& sh = shards_[p.shard];
    std::optional<T> doomed;
    {
      std::lock_guard lock(sh.mu);
      Slot& slot = locate(arg, handle, p, sh);
      doomed.emplace(std::move(*slot.value));
      slot.value.reset();
      slot.generation = (slot.generation + 1) & kGenMask;
      sh.free.push_back(p.slot);  // capacity reserved in insert(): no allocation
      sh.live.fetch_sub(1, std::memory_order_relaxed);
    }
  }

  // Exact when no call is in flight; a consistent-enough snapshot otherwise.
  int64_t live() const noexcept {
    int64_t n = 0;
    for (const Shard& sh : shards_) n += sh.live.load(std::memory_order_relaxed);
    return n;
  }

  // Frees every live handle (they all become stale).  Values are destroyed
  // outside the shard locks.
  void clear() {
    for (Shard& sh : shards_) {
      std::vector<T> doomed;
      std::lock_guard lock(sh.mu);
      doomed.reserve(static_cast<size_t>(sh.live.load(std::memory_order_relaxed)));
      for (uint32_t i = 0; i < sh.slots.size(); ++i) {
        Slot& slot = sh.slots[i];
        if (!slot.value) continue;
        doomed.push_back(std::move(*slot.value));
        slot.value.reset();
        slot.generation = (slot.generation + 1) & kGenMask;
        sh.free.push_back(i);
      }
      sh.live.store(0, std::memory_order_relaxed);
      // `lock` is released before `doomed` is destroyed (reverse declaration order).
    }
  }

 private:
  struct Slot {
    std::optional<T> value;
    uint32_t generation = 0;  // generation of the current (or next) occupant
  };
  struct alignas(64) Shard {
    mutable detail::SpinLock mu;
    std::deque<Slot> slots;
    std::vector<uint32_t> free;
    std::atomic<int64_t> live{0};
  };

  [[noreturn]] static void bad_handle(const char* arg, int64_t handle, const char* what) {
    raise(ErrorKind::InvalidHandle, detail::arg_prefix(arg) + "handle " + std::to_string(handle) + " " + what);
  }

  // Checks that need no lock: null, sign, table id.
  Parts check_bits(const char* arg, int64_t handle) const {
    if (handle == 0) bad_handle(arg, handle, "is null");
    if (handle < 0) bad_handle(arg, handle, "is negative");
    const Parts p = decode(handle);
    if (p.table != table_id_) bad_handle(arg, handle, "belongs to another table");
    return p;
  }

  // Caller holds sh.mu.  Returns the occupied slot the handle names, or throws.
  template <class S>
  static auto& locate(const char* arg, int64_t handle, const Parts& p, S& sh) {
    if (p.slot >= sh.slots.size()) bad_handle(arg, handle, "was never issued");
    auto& slot = sh.slots[p.slot];
    if (p.generation == slot.generation && slot.value) return slot;
    if (p.generation < slot.generation) bad_handle(arg, handle, "is stale (already freed)");
    bad_handle(arg, handle, "was never issued");
  }

  const uint8_t table_id_;
  std::array<Shard, kShards> shards_;
};

}  // namespace stf
