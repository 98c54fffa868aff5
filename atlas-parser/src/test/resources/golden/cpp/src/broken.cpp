#include <string>

namespace app {

// Parses options before the damage.
class Options {
 public:
  explicit Options(int argc);
  bool verbose() const { return verbose_; }

  friend bool operator==(const Options& a, const Options& b) {
    return a.verbose_ == b.verbose_;
  }

 private:
  bool verbose_ = false;
};

void Options::half_done(int x) {
  if (x > 0 {
    run(x;
  }
}

/// Still found after the damage.
int after_damage(const Options& o) {
  return o.verbose() ? helper(1) : 0;
}

template <class T>
struct Box {
  T value;
};

}  // namespace app
