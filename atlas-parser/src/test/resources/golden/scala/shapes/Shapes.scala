// Scala 3 syntax: enums, givens, extension methods, top-level definitions.
package shapes

import scala.math.{Pi, sqrt as squareRoot}
import scala.util.*

/** A colour with its RGB value. */
enum Color(val rgb: Int) extends java.lang.Enum[Color]:
  case Red extends Color(0xff0000)
  case Green extends Color(0x00ff00)
  case Custom(value: Int) extends Color(value)

  def hex: String = f"#$rgb%06x"

trait Shape:
  self: Named =>
  def area: Double
  def scaled(factor: Double): Shape

trait Named { def name: String = getClass.getSimpleName }

case class Circle(radius: Double) extends Shape, Named:
  def area: Double = Pi * radius * radius
  def scaled(factor: Double): Shape = copy(radius = radius * factor)

final case class Rect(width: Double, height: Double) extends Shape with Named {
  override def area: Double = width * height
  def scaled(factor: Double): Shape = Rect(width * factor, height * factor)
  def diagonal: Double = squareRoot(width * width + height * height)
}

opaque type Meters = Double

object Meters:
  def apply(d: Double): Meters = d
  extension (m: Meters) def toFeet: Double = m * 3.28084

given shapeOrdering: Ordering[Shape] = Ordering.by(_.area)

given Ordering[Color] = Ordering.by(_.rgb)

extension (s: Shape)
  /** The shape's area rounded to whole units. */
  def roundedArea: Long = math.round(s.area)
  def describe(using ord: Ordering[Shape]): String = s"${s.area}"

def largest(shapes: Seq[Shape]): Option[Shape] =
  shapes.maxOption(using shapeOrdering)

val unitCircle: Circle = Circle(1.0)

@main def run(args: String*): Unit =
  val shapes = List(Circle(2), Rect(1, 3), unitCircle)
  for s <- shapes do println(s.describe)
  shapes.sortBy(_.area).foreach { s => println(s.roundedArea) }
  largest(shapes) match
    case Some(s) => println(s"largest: $s")
    case None    => ()

package geometry {
  class Point(val x: Double, val y: Double) {
    def distanceTo(other: Point): Double =
      squareRoot(math.pow(x - other.x, 2) + math.pow(y - other.y, 2))
  }
}
