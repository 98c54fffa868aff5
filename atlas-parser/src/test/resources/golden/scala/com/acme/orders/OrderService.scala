/*
 * Copyright Acme. Apache-2.0.
 */
package com.acme
package orders

import scala.collection.mutable
import scala.concurrent.{ExecutionContext, Future}
import scala.util.{Failure, Success => Ok, Try}
import java.time._
import com.acme.core.Repository, com.acme.core.events.EventBus

/** A line of an order; prices are in cents. */
final case class LineItem(sku: String, quantity: Int, price: Long) {
  def total: Long = quantity * price
}

/** Why an order failed. */
sealed trait OrderError extends Product with Serializable
case object OutOfStock extends OrderError
final case class Rejected(reason: String) extends OrderError

/**
 * Places and tracks orders.
 *
 * @param repository where orders are stored
 */
@deprecated("use OrderServiceV2", "2.0")
class OrderService(val repository: Repository[Order], bus: EventBus)(implicit ec: ExecutionContext)
    extends BaseService(repository)
    with AutoCloseable
    with Logging {

  private val cache = mutable.Map.empty[OrderId, Order]
  private[orders] var hits, misses = 0
  @volatile protected var closed: Boolean = false
  val maxItems: Int

  def this(repository: Repository[Order])(implicit ec: ExecutionContext) =
    this(repository, EventBus.default)

  /** Places an order and returns its id. */
  def place(customer: Customer, items: LineItem*): Future[OrderId] = {
    require(items.nonEmpty, "no items")
    val order: Order = Order(OrderId.next(), customer, items.toList)
    val total = items.map(_.total).sum
    repository.save(order).map { saved =>
      cache.update(saved.id, saved)
      bus publish OrderPlaced(saved.id, total)
      saved.id
    }
  }

  def find(id: OrderId): Option[Order] =
    cache.get(id) match {
      case some @ Some(_) =>
        hits += 1
        some
      case None =>
        misses += 1
        Try(repository.load(id)) match {
          case Ok(order)  => order
          case Failure(e) => log.warn(s"load failed: $e"); None
        }
    }

  override def close(): Unit = {
    closed = true
    cache.clear()
  }

  protected def audit(order: Order): Unit = new Audit(order.id).record()

  private class Audit(id: OrderId) {
    def record(): Unit = println(s"audit $id")
  }
}

object OrderService {
  final val MaxItems = 50

  type Listener = Order => Unit

  def apply(repository: Repository[Order])(implicit ec: ExecutionContext): OrderService =
    new OrderService(repository)
}
