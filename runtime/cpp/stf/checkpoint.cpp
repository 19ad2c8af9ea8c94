// stf/checkpoint.cpp — see checkpoint.h.
#include "stf/checkpoint.h"

#include <sys/stat.h>

#include <cerrno>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <system_error>
#include <unordered_map>
#include <utility>

#include <c10/core/ScalarType.h>
#include <c10/util/Exception.h>
#include <caffe2/serialize/inline_container.h>

#include <ATen/ops/empty.h>

#include "stf/errors.h"

namespace stf {
namespace {

// ---- torch's names ---------------------------------------------------------------------------
// The legacy storage classes (torch.<Name>Storage) torch.save writes for _rebuild_tensor_v2.
struct StorageClass {
  const char* name;
  at::ScalarType dtype;
};
constexpr StorageClass kStorageClasses[] = {
    {"FloatStorage", at::kFloat},   {"DoubleStorage", at::kDouble},
    {"HalfStorage", at::kHalf},     {"BFloat16Storage", at::kBFloat16},
    {"LongStorage", at::kLong},     {"IntStorage", at::kInt},
    {"ShortStorage", at::kShort},   {"CharStorage", at::kChar},
    {"ByteStorage", at::kByte},     {"BoolStorage", at::kBool},
    {"ComplexFloatStorage", at::kComplexFloat}, {"ComplexDoubleStorage", at::kComplexDouble},
};

const char* storage_class(at::ScalarType dtype) {
  for (const auto& c : kStorageClasses) {
    if (c.dtype == dtype) return c.name;
  }
  return nullptr;
}

// 'text' with newlines and other control bytes escaped, for messages.
std::string shown(std::string_view text) {
  std::string out = "'";
  for (const char c : text) {
    if (c == '\n') {
      out += "\\n";
    } else if (static_cast<unsigned char>(c) < 0x20 || c == 0x7f) {
      char buf[8];
      std::snprintf(buf, sizeof buf, "\\x%02x", static_cast<unsigned char>(c));
      out += buf;
    } else {
      out += c;
    }
  }
  return out + "'";
}

std::string errno_text(int e) { return std::error_code(e, std::generic_category()).message(); }

bool valid_utf8(std::string_view s) {
  static constexpr uint32_t kMin[4] = {0, 0x80, 0x800, 0x10000};  // shortest form
  size_t i = 0;
  while (i < s.size()) {
    const auto c = static_cast<unsigned char>(s[i]);
    size_t n;
    uint32_t cp;
    if (c < 0x80) {
      ++i;
      continue;
    } else if ((c & 0xe0) == 0xc0) {
      n = 1, cp = c & 0x1fu;
    } else if ((c & 0xf0) == 0xe0) {
      n = 2, cp = c & 0x0fu;
    } else if ((c & 0xf8) == 0xf0) {
      n = 3, cp = c & 0x07u;
    } else {
      return false;
    }
    if (s.size() - i <= n) return false;
    for (size_t k = 1; k <= n; ++k) {
      const auto d = static_cast<unsigned char>(s[i + k]);
      if ((d & 0xc0) != 0x80) return false;
      cp = (cp << 6) | (d & 0x3fu);
    }
    if (cp < kMin[n] || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return false;
    i += n + 1;
  }
  return true;
}

// ---- files -----------------------------------------------------------------------------------
std::string path_arg(const char* path) {
  if (*path == '\0') detail::bad_arg("path", "empty path");
  return path;
}

// What tells one version of a file from another: a cached parse is reused only for the same
// file (device, inode), size and modification time.
struct FileId {
  uint64_t dev = 0, ino = 0, size = 0;
  int64_t mtime_s = 0, mtime_ns = 0;
  bool operator==(const FileId&) const = default;
};

// The identity of the regular file `path`; anything else is refused (argument 'path').
FileId regular_file(const std::string& path) {
  struct stat st {};
  if (::stat(path.c_str(), &st) != 0) {
    detail::bad_arg("path", "cannot open " + shown(path) + ": " + errno_text(errno));
  }
  if (!S_ISREG(st.st_mode)) detail::bad_arg("path", shown(path) + " is not a regular file");
  return {static_cast<uint64_t>(st.st_dev), static_cast<uint64_t>(st.st_ino), static_cast<uint64_t>(st.st_size),
          static_cast<int64_t>(st.st_mtim.tv_sec), static_cast<int64_t>(st.st_mtim.tv_nsec)};
}

struct FileCloser {
  void operator()(std::FILE* f) const noexcept { std::fclose(f); }
};
using File = std::unique_ptr<std::FILE, FileCloser>;

// Refuses what is not a zip archive before libtorch's reader sees it, with a message that says
// what the file is.
void check_zip(const std::string& path, uint64_t size) {
  File f(std::fopen(path.c_str(), "rb"));
  if (!f) detail::bad_arg("path", "cannot open " + shown(path) + ": " + errno_text(errno));
  unsigned char magic[4] = {0, 0, 0, 0};
  const size_t n = std::fread(magic, 1, sizeof magic, f.get());
  if (n >= 2 && magic[0] == 0x80 && magic[1] <= 5) {
    raise(ErrorKind::NotAvailable, "checkpoint " + shown(path) +
                                       " is in torch.save's legacy format (before torch 1.6): load it in "
                                       "Python and save it again with torch.save");
  }
  if (size < 22 || n < 4 || magic[0] != 'P' || magic[1] != 'K') {
    raise(ErrorKind::TorchError, "checkpoint " + shown(path) + " is not a torch.save file (not a zip archive)");
  }
}

// libtorch's zip reader, its errors prefixed with the checkpoint's name (torch_error).
template <class F>
auto zip_call(const std::string& path, F&& f) -> decltype(f()) {
  try {
    return f();
  } catch (const c10::Error& e) {
    std::string_view m = e.what_without_backtrace();
    if (auto nl = m.find('\n'); nl != std::string_view::npos) m = m.substr(0, nl);
    raise(ErrorKind::TorchError, "checkpoint " + shown(path) + ": " + std::string(m));
  }
}

// ---- the restricted unpickler ----------------------------------------------------------------
enum class Kind : uint8_t { None, Bool, Int, Float, Str, Bytes, Tuple, List, Dict, Global, Storage, Tensor };

const char* kind_name(Kind k) {
  switch (k) {
    case Kind::None: return "None";
    case Kind::Bool: return "a bool";
    case Kind::Int: return "an int";
    case Kind::Float: return "a float";
    case Kind::Str: return "a str";
    case Kind::Bytes: return "bytes";
    case Kind::Tuple: return "a tuple";
    case Kind::List: return "a list";
    case Kind::Dict: return "a dict";
    case Kind::Global: return "a global";
    case Kind::Storage: return "a storage";
    case Kind::Tensor: return "a Tensor";
  }
  return "?";
}

// A value: scalars inline, everything else an index into the unpickler's arrays.
struct Val {
  Kind kind = Kind::None;
  int64_t i = 0;  // Bool, Int; the index of Str/Bytes (strs) and of objects (objs)
  double f = 0;
};

struct Obj {
  std::vector<Val> items;                    // Tuple, List
  std::vector<std::pair<Val, Val>> entries;  // Dict (duplicate keys resolved when read)
  std::string module, name;                  // Global
  std::string key;                           // Storage: its record is data/<key>
  at::ScalarType dtype = at::kFloat;         // Storage
  int64_t numel = 0;                         // Storage: elements of dtype
  int64_t storage = 0, offset = 0;           // Tensor: its storage (objs index), offset
  std::vector<int64_t> sizes, strides;       // Tensor
};

class Unpickler {
 public:
  Unpickler(std::string path, std::string_view data) : path_(std::move(path)), data_(data) {}

  Val run() {
    for (;;) {
      const size_t at = pos_;
      const auto op = static_cast<unsigned char>(take(1)[0]);
      switch (op) {
        case 0x80: {  // PROTO
          const auto v = static_cast<unsigned char>(take(1)[0]);
          if (v < 2 || v > 5) corrupt("pickle protocol " + std::to_string(v), at);
          break;
        }
        case 0x95: take(8); break;  // FRAME: a length hint
        case '.':                   // STOP
          if (stack_.size() != 1 || !marks_.empty()) corrupt("STOP with a stack of " + std::to_string(stack_.size()), at);
          return stack_.back();
        case 'c': {  // GLOBAL module\nname\n
          std::string module = line(at), name = line(at);
          push_global(std::move(module), std::move(name));
          break;
        }
        case 0x93: {  // STACK_GLOBAL
          const Val name = pop(at), module = pop(at);
          if (name.kind != Kind::Str || module.kind != Kind::Str) corrupt("STACK_GLOBAL of non-strings", at);
          push_global(strs_[static_cast<size_t>(module.i)], strs_[static_cast<size_t>(name.i)]);
          break;
        }
        case 'q': memo_[u(1)] = top(at); break;  // BINPUT
        case 'r': memo_[u(4)] = top(at); break;  // LONG_BINPUT
        case 0x94: {                              // MEMOIZE
          const uint64_t idx = memo_.size();
          memo_[idx] = top(at);
          break;
        }
        case 'h': get(u(1), at); break;  // BINGET
        case 'j': get(u(4), at); break;  // LONG_BINGET
        case '(': marks_.push_back(stack_.size()); break;
        case ')': push_seq(Kind::Tuple, {}); break;
        case 't': push_seq(Kind::Tuple, pop_mark(at)); break;
        case 0x85: case 0x86: case 0x87: {  // TUPLE1..3
          const size_t n = op - 0x84u;
          if (stack_.size() < n + floor()) corrupt("TUPLE" + std::to_string(n) + " on a short stack", at);
          std::vector<Val> items(stack_.end() - static_cast<ptrdiff_t>(n), stack_.end());
          stack_.resize(stack_.size() - n);
          push_seq(Kind::Tuple, std::move(items));
          break;
        }
        case ']': push_seq(Kind::List, {}); break;
        case '}': push_obj(Kind::Dict, Obj{}); break;
        case 'a': {  // APPEND
          const Val v = pop(at);
          container(Kind::List, at).items.push_back(v);
          break;
        }
        case 'e': {  // APPENDS
          std::vector<Val> vs = pop_mark(at);
          auto& items = container(Kind::List, at).items;
          items.insert(items.end(), vs.begin(), vs.end());
          break;
        }
        case 's': {  // SETITEM
          const Val v = pop(at), k = pop(at);
          container(Kind::Dict, at).entries.emplace_back(k, v);
          break;
        }
        case 'u': {  // SETITEMS
          std::vector<Val> kv = pop_mark(at);
          if (kv.size() % 2 != 0) corrupt("SETITEMS with an odd number of items", at);
          auto& entries = container(Kind::Dict, at).entries;
          for (size_t k = 0; k < kv.size(); k += 2) entries.emplace_back(kv[k], kv[k + 1]);
          break;
        }
        case 'X': push_str(Kind::Str, u(4), at); break;     // BINUNICODE
        case 0x8c: push_str(Kind::Str, u(1), at); break;    // SHORT_BINUNICODE
        case 0x8d: push_str(Kind::Str, u(8), at); break;    // BINUNICODE8
        case 'B': push_str(Kind::Bytes, u(4), at); break;   // BINBYTES
        case 'C': push_str(Kind::Bytes, u(1), at); break;   // SHORT_BINBYTES
        case 'J': push_int(static_cast<int32_t>(static_cast<uint32_t>(u(4)))); break;  // BININT
        case 'K': push_int(static_cast<int64_t>(u(1))); break;                        // BININT1
        case 'M': push_int(static_cast<int64_t>(u(2))); break;                        // BININT2
        case 0x8a: {                                                                   // LONG1
          const size_t n = static_cast<size_t>(u(1));
          if (n > 8) corrupt("an integer of " + std::to_string(n) + " bytes", at);
          uint64_t v = n == 0 ? 0 : little(n);
          if (n > 0 && n < 8 && (v >> (8 * n - 1)) != 0) v |= ~uint64_t{0} << (8 * n);  // sign-extend
          push_int(static_cast<int64_t>(v));
          break;
        }
        case 'N': stack_.push_back(Val{Kind::None}); break;
        case 0x88: stack_.push_back(Val{Kind::Bool, 1}); break;  // NEWTRUE
        case 0x89: stack_.push_back(Val{Kind::Bool, 0}); break;  // NEWFALSE
        case 'G': {                                              // BINFLOAT (big-endian)
          const std::string_view b = take(8);
          uint64_t bits = 0;
          for (const char c : b) bits = (bits << 8) | static_cast<unsigned char>(c);
          double d;
          std::memcpy(&d, &bits, sizeof d);
          stack_.push_back(Val{Kind::Float, 0, d});
          break;
        }
        case 'Q': persistent(at); break;  // BINPERSID
        case 'R': reduce(at); break;      // REDUCE
        case 'b': {                       // BUILD: the state of an OrderedDict (_metadata) or a tensor
          pop(at);
          const Val target = top(at);
          if (target.kind != Kind::Dict && target.kind != Kind::Tensor) {
            unsupported("BUILD of " + std::string(kind_name(target.kind)), at);
          }
          break;
        }
        default: {
          char buf[8];
          std::snprintf(buf, sizeof buf, "0x%02x", op);
          corrupt(std::string("unknown pickle opcode ") + buf, at);
        }
      }
    }
  }

  const Obj& obj(const Val& v) const { return objs_[static_cast<size_t>(v.i)]; }
  const std::string& str(const Val& v) const { return strs_[static_cast<size_t>(v.i)]; }

 private:
  [[noreturn]] void corrupt(const std::string& what, size_t at) const {
    raise(ErrorKind::TorchError,
          "checkpoint " + shown(path_) + ": corrupt data.pkl: " + what + " at byte " + std::to_string(at));
  }
  [[noreturn]] void unsupported(const std::string& what, size_t at) const {
    raise(ErrorKind::InvalidArgument, "checkpoint " + shown(path_) + " is not a dict of tensors: data.pkl has " +
                                          what + " (byte " + std::to_string(at) + ")");
  }

  std::string_view take(size_t n) {
    if (n > data_.size() - pos_) corrupt("truncated pickle (" + std::to_string(n) + " more bytes needed)", pos_);
    const std::string_view out = data_.substr(pos_, n);
    pos_ += n;
    return out;
  }
  uint64_t little(size_t n) {
    const std::string_view b = take(n);
    uint64_t v = 0;
    for (size_t k = n; k > 0; --k) v = (v << 8) | static_cast<unsigned char>(b[k - 1]);
    return v;
  }
  uint64_t u(size_t n) { return little(n); }
  std::string line(size_t at) {
    const size_t nl = data_.find('\n', pos_);
    if (nl == std::string_view::npos) corrupt("GLOBAL without a newline", at);
    std::string out(data_.substr(pos_, nl - pos_));
    pos_ = nl + 1;
    return out;
  }

  size_t floor() const { return marks_.empty() ? 0 : marks_.back(); }
  Val pop(size_t at) {
    if (stack_.size() <= floor()) corrupt("pop from an empty stack", at);
    const Val v = stack_.back();
    stack_.pop_back();
    return v;
  }
  const Val& top(size_t at) const {
    if (stack_.size() <= floor()) corrupt("an empty stack", at);
    return stack_.back();
  }
  std::vector<Val> pop_mark(size_t at) {
    if (marks_.empty()) corrupt("no MARK", at);
    const size_t m = marks_.back();
    marks_.pop_back();
    std::vector<Val> out(stack_.begin() + static_cast<ptrdiff_t>(m), stack_.end());
    stack_.resize(m);
    return out;
  }
  void get(uint64_t idx, size_t at) {
    const auto it = memo_.find(idx);
    if (it == memo_.end()) corrupt("memo " + std::to_string(idx) + " was never stored", at);
    stack_.push_back(it->second);
  }
  Obj& container(Kind want, size_t at) {
    const Val& t = top(at);
    if (t.kind != want) corrupt(std::string("adding items to ") + kind_name(t.kind), at);
    return objs_[static_cast<size_t>(t.i)];
  }

  Val push_obj(Kind kind, Obj o) {
    objs_.push_back(std::move(o));
    stack_.push_back(Val{kind, static_cast<int64_t>(objs_.size() - 1)});
    return stack_.back();
  }
  void push_seq(Kind kind, std::vector<Val> items) {
    Obj o;
    o.items = std::move(items);
    push_obj(kind, std::move(o));
  }
  void push_global(std::string module, std::string name) {
    Obj o;
    o.module = std::move(module);
    o.name = std::move(name);
    push_obj(Kind::Global, std::move(o));
  }
  void push_str(Kind kind, uint64_t n, size_t at) {
    if (n > data_.size() - pos_) corrupt("a string of " + std::to_string(n) + " bytes past the end", at);
    strs_.emplace_back(take(static_cast<size_t>(n)));
    stack_.push_back(Val{kind, static_cast<int64_t>(strs_.size() - 1)});
  }
  void push_int(int64_t v) { stack_.push_back(Val{Kind::Int, v}); }

  const Obj& global_of(const Val& v, size_t at) const {
    if (v.kind != Kind::Global) corrupt(std::string("calling ") + kind_name(v.kind), at);
    return obj(v);
  }
  std::string global_name(const Obj& g) const { return g.module + "." + g.name; }

  int64_t int_of(const Val& v, const char* what, size_t at) const {
    if (v.kind != Kind::Int) corrupt(std::string(what) + " is " + kind_name(v.kind) + ", not an int", at);
    return v.i;
  }
  std::vector<int64_t> ints_of(const Val& v, const char* what, size_t at) const {
    if (v.kind != Kind::Tuple) corrupt(std::string(what) + " is " + kind_name(v.kind) + ", not a tuple", at);
    std::vector<int64_t> out;
    for (const Val& x : obj(v).items) {
      const int64_t n = int_of(x, what, at);
      if (n < 0) corrupt(std::string(what) + " holds a negative value", at);
      out.push_back(n);
    }
    return out;
  }

  // ('storage', torch.<Name>Storage, key, location, numel)
  void persistent(size_t at) {
    const Val pid = pop(at);
    if (pid.kind != Kind::Tuple) corrupt("a persistent id that is not a tuple", at);
    const auto& it = obj(pid).items;
    if (it.size() != 5 || it[0].kind != Kind::Str || str(it[0]) != "storage") {
      corrupt("a persistent id that is not a storage", at);
    }
    const Obj& cls = global_of(it[1], at);
    Obj s;
    bool known = false;
    for (const auto& c : kStorageClasses) {
      if (cls.module == "torch" && cls.name == c.name) {
        s.dtype = c.dtype;
        known = true;
      }
    }
    if (!known) {
      raise(ErrorKind::NotAvailable,
            "checkpoint " + shown(path_) + ": storages of type " + global_name(cls) + " are not supported");
    }
    if (it[2].kind != Kind::Str) corrupt("a storage key that is not a str", at);
    s.key = str(it[2]);
    s.numel = int_of(it[4], "a storage size", at);
    if (s.numel < 0) corrupt("a negative storage size", at);
    push_obj(Kind::Storage, std::move(s));
  }

  void reduce(size_t at) {
    const Val args = pop(at), fn = pop(at);
    const Obj& g = global_of(fn, at);
    if (args.kind != Kind::Tuple) corrupt("REDUCE arguments that are not a tuple", at);
    const std::vector<Val> a = obj(args).items;  // a copy: push_obj below may move objs_
    const std::string name = global_name(g);
    if (name == "collections.OrderedDict") {
      if (!a.empty()) unsupported("an OrderedDict built from arguments", at);
      push_obj(Kind::Dict, Obj{});
    } else if (name == "torch._utils._rebuild_tensor_v2") {
      // (storage, offset, size, stride, requires_grad, backward_hooks[, metadata])
      if (a.size() < 6 || a.size() > 7) corrupt("_rebuild_tensor_v2 with " + std::to_string(a.size()) + " arguments", at);
      if (a[0].kind != Kind::Storage) corrupt(std::string("a tensor of ") + kind_name(a[0].kind), at);
      Obj t;
      t.storage = a[0].i;
      t.offset = int_of(a[1], "a storage offset", at);
      if (t.offset < 0) corrupt("a negative storage offset", at);
      t.sizes = ints_of(a[2], "a size", at);
      t.strides = ints_of(a[3], "a stride", at);
      if (t.sizes.size() != t.strides.size()) corrupt("sizes and strides of different lengths", at);
      if (static_cast<int64_t>(t.sizes.size()) > kMaxDims) {
        corrupt("a tensor of " + std::to_string(t.sizes.size()) + " dimensions (the most is " +
                    std::to_string(kMaxDims) + ")",
                at);
      }
      // Every element must lie inside the storage.
      bool empty = false;
      for (const int64_t s : t.sizes) empty |= s == 0;
      if (!empty) {
        int64_t last = t.offset;
        for (size_t d = 0; d < t.sizes.size(); ++d) {
          int64_t span;
          if (__builtin_mul_overflow(t.sizes[d] - 1, t.strides[d], &span) ||
              __builtin_add_overflow(last, span, &last)) {
            corrupt("a tensor reaching past int64", at);
          }
        }
        if (last >= objs_[static_cast<size_t>(t.storage)].numel) corrupt("a tensor reaching past its storage", at);
      }
      push_obj(Kind::Tensor, std::move(t));
    } else if (name == "torch._utils._rebuild_parameter" || name == "torch._utils._rebuild_parameter_with_state") {
      if (a.empty() || a[0].kind != Kind::Tensor) corrupt("a parameter without a tensor", at);
      stack_.push_back(a[0]);
    } else {
      unsupported(name, at);
    }
  }

  std::string path_;
  std::string_view data_;
  size_t pos_ = 0;
  std::vector<Val> stack_;
  std::vector<size_t> marks_;
  std::unordered_map<uint64_t, Val> memo_;
  std::vector<std::string> strs_;
  std::vector<Obj> objs_;
};

// ---- reading -----------------------------------------------------------------------------------
// A checkpoint's parsed data.pkl: its tensors by name, in file order.
struct Parsed {
  std::string path;
  FileId id;
  std::string pickle;  // data.pkl (the unpickler views it)
  std::unique_ptr<Unpickler> up;
  std::vector<std::pair<std::string, Val>> tensors;  // keys unique
  std::unordered_map<std::string, size_t> index;     // name -> position in tensors
};

std::unique_ptr<caffe2::serialize::PyTorchStreamReader> open_zip(const std::string& path) {
  return zip_call(path, [&] { return std::make_unique<caffe2::serialize::PyTorchStreamReader>(path); });
}

std::shared_ptr<const Parsed> parse_checkpoint(const std::string& path, const FileId& id) {
  auto out = std::make_shared<Parsed>();
  out->path = path;
  out->id = id;
  check_zip(path, id.size);
  const auto reader = open_zip(path);
  zip_call(path, [&] {
    if (reader->hasRecord("byteorder")) {
      auto [ptr, n] = reader->getRecord("byteorder");
      const std::string order(static_cast<const char*>(ptr.get()), n);
      if (order != "little") {
        raise(ErrorKind::NotAvailable, "checkpoint " + shown(path) + " is " + shown(order) +
                                           "-endian: only little-endian checkpoints are supported");
      }
    }
    const size_t n = reader->getRecordSize("data.pkl");
    if (n > id.size) raise(ErrorKind::TorchError, "checkpoint " + shown(path) + ": data.pkl is larger than the file");
    out->pickle.resize(n);
    reader->getRecord("data.pkl", out->pickle.data(), n);
    return 0;
  });
  out->up = std::make_unique<Unpickler>(path, out->pickle);
  const Val root = out->up->run();
  if (root.kind != Kind::Dict) {
    detail::bad_arg("path", "checkpoint " + shown(path) + " holds " + kind_name(root.kind) +
                                ", not a dict of tensors (a state dict)");
  }
  for (const auto& [k, v] : out->up->obj(root).entries) {
    if (k.kind != Kind::Str) {
      detail::bad_arg("path", "checkpoint " + shown(path) + " has a key that is " + kind_name(k.kind) + ", not a str");
    }
    const std::string& key = out->up->str(k);
    if (v.kind != Kind::Tensor) {
      detail::bad_arg("path", "checkpoint " + shown(path) + ": " + shown(key) + " holds " + kind_name(v.kind) +
                                  ", not a tensor");
    }
    auto [it, fresh] = out->index.emplace(key, out->tensors.size());
    if (fresh) {
      out->tensors.emplace_back(key, v);
    } else {
      out->tensors[it->second].second = v;  // Python: a repeated key keeps its place, takes the new value
    }
  }
  return out;
}

// The parsed checkpoint at `path`. The last one parsed on this thread is kept, so that reading
// its tensors one by one (load_names, then load_tensor per name) parses data.pkl once; it is
// reused only while the file's identity, size and modification time are unchanged.
std::shared_ptr<const Parsed> checkpoint(const std::string& path) {
  thread_local std::shared_ptr<const Parsed> last;
  const FileId id = regular_file(path);
  if (last && last->path == path && last->id == id) return last;
  last.reset();
  last = parse_checkpoint(path, id);
  return last;
}

at::Tensor materialize(const Parsed& ck, const Val& v) {
  const std::string& path = ck.path;
  const Obj& t = ck.up->obj(v);
  const Obj& s = ck.up->obj(Val{Kind::Storage, t.storage});
  const std::string record = "data/" + s.key;
  const auto item = static_cast<int64_t>(c10::elementSize(s.dtype));
  int64_t nbytes;
  if (__builtin_mul_overflow(s.numel, item, &nbytes)) {
    raise(ErrorKind::TorchError, "checkpoint " + shown(path) + ": storage " + shown(s.key) + " is too large");
  }
  const auto reader = open_zip(path);
  return zip_call(path, [&] {
    if (!reader->hasRecord(record)) {
      raise(ErrorKind::TorchError, "checkpoint " + shown(path) + " lacks the record " + shown(record));
    }
    const size_t have = reader->getRecordSize(record);
    if (have != static_cast<uint64_t>(nbytes)) {
      raise(ErrorKind::TorchError, "checkpoint " + shown(path) + ": record " + shown(record) + " has " +
                                       std::to_string(have) + " bytes, its storage needs " + std::to_string(nbytes));
    }
    at::Tensor storage = at::empty({s.numel}, at::TensorOptions().dtype(s.dtype));
    if (nbytes > 0) reader->getRecord(record, storage.data_ptr(), static_cast<size_t>(nbytes));
    return storage.as_strided(t.sizes, t.strides, t.offset);
  });
}

// ---- writing -----------------------------------------------------------------------------------
class PickleWriter {
 public:
  std::string out;

  void op(char c) { out += c; }
  void str(std::string_view s) {
    op('X');
    u32(static_cast<uint32_t>(s.size()));
    out.append(s);
  }
  void global(const char* module, const char* name) {
    op('c');
    out.append(module).append("\n").append(name).append("\n");
  }
  void integer(int64_t v) {
    if (v >= 0 && v < 256) {
      op('K');
      out += static_cast<char>(v);
    } else if (v >= 0 && v < 65536) {
      op('M');
      out += static_cast<char>(v & 0xff);
      out += static_cast<char>(v >> 8);
    } else if (v >= INT32_MIN && v <= INT32_MAX) {
      op('J');
      u32(static_cast<uint32_t>(static_cast<int32_t>(v)));
    } else {
      op('\x8a');  // LONG1, 8 bytes two's complement
      out += '\x08';
      auto u = static_cast<uint64_t>(v);
      for (int k = 0; k < 8; ++k, u >>= 8) out += static_cast<char>(u & 0xff);
    }
  }
  void ints(at::IntArrayRef xs) {
    if (xs.empty()) {
      op(')');
      return;
    }
    op('(');
    for (const int64_t x : xs) integer(x);
    op('t');
  }

 private:
  void u32(uint32_t v) {
    for (int k = 0; k < 4; ++k, v >>= 8) out += static_cast<char>(v & 0xff);
  }
};

std::vector<std::string> split_names(const char* names, size_t count) {
  std::vector<std::string> out;
  std::string_view rest(names);
  if (!rest.empty()) {
    for (;;) {
      const size_t nl = rest.find('\n');
      out.emplace_back(rest.substr(0, nl));
      if (nl == std::string_view::npos) break;
      rest.remove_prefix(nl + 1);
    }
  }
  if (out.size() != count) {
    detail::bad_arg("names", std::to_string(out.size()) + (out.size() == 1 ? " name for " : " names for ") +
                                 std::to_string(count) + (count == 1 ? " tensor" : " tensors") +
                                 " (names are joined by newlines)");
  }
  std::unordered_map<std::string_view, size_t> seen;
  for (size_t i = 0; i < out.size(); ++i) {
    if (out[i].empty()) detail::bad_arg("names", "name " + std::to_string(i) + " is empty");
    if (!valid_utf8(out[i])) detail::bad_arg("names", "name " + shown(out[i]) + " is not valid UTF-8");
    if (!seen.emplace(out[i], i).second) detail::bad_arg("names", "name " + shown(out[i]) + " appears twice");
  }
  return out;
}

}  // namespace

void save_checkpoint(const char* path_c, const char* names_c, const std::vector<at::Tensor>& given) {
  const std::string path = path_arg(path_c);
  const std::vector<std::string> names = split_names(names_c, given.size());

  // The tensors as written: strided, on the CPU, no lazy negation/conjugation.
  std::vector<at::Tensor> tensors;
  tensors.reserve(given.size());
  for (size_t i = 0; i < given.size(); ++i) {
    at::Tensor t = given[i];
    if (t.layout() != at::kStrided) {
      detail::bad_arg("tensors", "tensor " + shown(names[i]) + " is not strided (sparse and other layouts cannot be saved)");
    }
    if (storage_class(t.scalar_type()) == nullptr) {
      raise(ErrorKind::NotAvailable, std::string("tensor ") + shown(names[i]) + " has dtype " +
                                         c10::toString(t.scalar_type()) + ", which cannot be saved");
    }
    if (!t.is_cpu()) t = t.cpu();
    if (t.is_conj()) t = t.resolve_conj();
    if (t.is_neg()) t = t.resolve_neg();
    const auto item = static_cast<size_t>(c10::elementSize(t.scalar_type()));
    if (!t.has_storage() || t.storage().nbytes() % item != 0) t = t.clone(at::MemoryFormat::Contiguous);
    tensors.push_back(std::move(t));
  }

  // data.pkl: {name: _rebuild_tensor_v2(storage, offset, size, stride, False, OrderedDict())},
  // one storage record per distinct (storage, dtype).
  PickleWriter p;
  p.op('\x80');
  p.op('\x02');
  p.op('}');
  std::map<std::pair<const void*, at::ScalarType>, std::string> keys;
  std::vector<std::pair<std::string, const at::Tensor*>> records;
  if (!tensors.empty()) p.op('(');
  for (size_t i = 0; i < tensors.size(); ++i) {
    const at::Tensor& t = tensors[i];
    const auto item = static_cast<int64_t>(c10::elementSize(t.scalar_type()));
    auto [it, fresh] = keys.emplace(std::make_pair(t.storage().unsafeGetStorageImpl(), t.scalar_type()),
                                    std::to_string(keys.size()));
    if (fresh) records.emplace_back(it->second, &t);
    p.str(names[i]);
    p.global("torch._utils", "_rebuild_tensor_v2");
    p.op('(');
    p.op('(');
    p.str("storage");
    p.global("torch", storage_class(t.scalar_type()));
    p.str(it->second);
    p.str("cpu");
    p.integer(static_cast<int64_t>(t.storage().nbytes()) / item);
    p.op('t');
    p.op('Q');
    p.integer(t.storage_offset());
    p.ints(t.sizes());
    p.ints(t.strides());
    p.op('\x89');  // requires_grad: False
    p.global("collections", "OrderedDict");
    p.op(')');
    p.op('R');
    p.op('t');
    p.op('R');
  }
  if (!tensors.empty()) p.op('u');
  p.op('.');

  File f(std::fopen(path.c_str(), "wb"));
  if (!f) detail::bad_arg("path", "cannot open " + shown(path) + " for writing: " + errno_text(errno));
  // The writer is told every write succeeded (its destructor must never throw); the first
  // failure is remembered and reported after.
  int write_errno = 0;
  zip_call(path, [&] {
    caffe2::serialize::PyTorchStreamWriter writer([&](const void* buf, size_t n) -> size_t {
      if (write_errno == 0 && n > 0 && std::fwrite(buf, 1, n, f.get()) != n) write_errno = errno != 0 ? errno : EIO;
      return n;
    });
    writer.writeRecord("data.pkl", p.out.data(), p.out.size());
    for (const auto& [key, t] : records) {
      writer.writeRecord("data/" + key, t->storage().data(), t->storage().nbytes());
    }
    writer.writeEndOfFile();
    return 0;
  });
  std::FILE* raw = f.release();
  if (std::fclose(raw) != 0 && write_errno == 0) write_errno = errno;
  if (write_errno != 0) detail::bad_arg("path", "cannot write " + shown(path) + ": " + errno_text(write_errno));
}

const char* checkpoint_names(const char* path_c) {
  const std::string path = path_arg(path_c);
  const auto ck = checkpoint(path);
  std::string text;
  for (size_t i = 0; i < ck->tensors.size(); ++i) {
    const std::string& name = ck->tensors[i].first;
    if (name.empty() || name.find('\n') != std::string::npos) {
      detail::bad_arg("path", "checkpoint " + shown(path) + " has the name " + shown(name) +
                                  ", which a list of names, one per line, cannot hold");
    }
    if (i > 0) text += '\n';
    text += name;
  }
  thread_local std::string names;
  names = std::move(text);
  return names.c_str();
}

at::Tensor checkpoint_tensor(const char* path_c, const char* name) {
  const std::string path = path_arg(path_c);
  const auto ck = checkpoint(path);
  const auto it = ck->index.find(name);
  if (it == ck->index.end()) {
    detail::bad_arg("name", "no tensor named " + shown(name) + " in checkpoint " + shown(path));
  }
  return materialize(*ck, ck->tensors[it->second].second);
}

}  // namespace stf
