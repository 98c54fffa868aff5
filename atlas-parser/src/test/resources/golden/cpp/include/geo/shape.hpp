#pragma once

#include <memory>
#include <string>
#include <vector>
#include "geo/point.hpp"

namespace geo {

/// Kinds of shapes the renderer knows.
enum class Kind : unsigned char { Circle, Polygon, Unknown = 255 };

constexpr double kEpsilon = 1e-9;

/**
 * Base of all shapes.
 * Shapes are immutable once built.
 */
class Shape {
 public:
  using Ptr = std::shared_ptr<Shape>;

  explicit Shape(std::string name) : name_(std::move(name)) {}
  virtual ~Shape() = default;

  /// Area in square units.
  virtual double area() const = 0;
  virtual Kind kind() const { return Kind::Unknown; }
  const std::string& name() const { return name_; }

  bool operator==(const Shape& other) const;
  friend std::ostream& operator<<(std::ostream& os, const Shape& s);

  static int instances;

 protected:
  void touch();

 private:
  std::string name_;
  mutable int version_ = 0;
};

struct Circle final : public Shape {
  Circle(Point c, double r);
  double area() const override;
  Kind kind() const override { return Kind::Circle; }

  Point center;
  double radius;
};

template <typename T, std::size_t N = 8>
class Polygon : public Shape, private detail::Counted<Polygon<T, N>> {
 public:
  typedef T value_type;

  Polygon() : Shape("polygon") {}

  template <typename It>
  Polygon(It first, It last);

  double area() const override;
  std::size_t size() const noexcept { return points_.size(); }

  struct Edge {
    Point a, b;
    double length() const;
  };

 private:
  std::vector<Point> points_;
  static constexpr std::size_t kMax = N;
};

template <typename T, std::size_t N>
template <typename It>
Polygon<T, N>::Polygon(It first, It last) : Shape("polygon") {
  for (auto it = first; it != last; ++it) points_.push_back(*it);
}

template <typename T, std::size_t N>
double Polygon<T, N>::area() const {
  double sum = 0;
  for (std::size_t i = 0; i < points_.size(); ++i) {
    sum += cross(points_[i], points_[(i + 1) % points_.size()]);
  }
  return std::abs(sum) / 2;
}

/// Makes a unit circle at the origin.
inline Shape::Ptr make_unit_circle() {
  return std::make_shared<Circle>(Point{0, 0}, 1.0);
}

}  // namespace geo
