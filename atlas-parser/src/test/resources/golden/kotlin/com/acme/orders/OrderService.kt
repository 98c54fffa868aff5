@file:JvmName("Orders")

package com.acme.orders

import com.acme.core.Repository
import com.acme.core.events.*
import java.time.Instant as Timestamp
import kotlinx.coroutines.flow.Flow

/** Money amounts are kept in cents. */
typealias Cents = Long

/**
 * Places and tracks orders.
 *
 * @property repository where orders are stored
 */
@Service("orders")
@Suppress("TooManyFunctions")
class OrderService(
    private val repository: Repository<Order>,
    val clock: Clock = Clock.systemUTC(),
    maxItems: Int = 50,
) : BaseService(repository), AutoCloseable {

    private val cache = mutableMapOf<OrderId, Order>()
    var listener: OrderListener? = null
    internal lateinit var name: String

    constructor(repository: Repository<Order>) : this(repository, Clock.systemUTC()) {
        name = "default"
    }

    init {
        require(maxItems > 0) { "maxItems must be positive" }
    }

    /** Places an order; returns its id. */
    @Throws(OrderException::class)
    suspend fun place(customer: Customer, vararg items: LineItem): OrderId {
        val order = Order(OrderId.next(), customer, items.toList())
        val total: Cents = order.lines.sumOf { it.price * it.quantity }
        repository.save(order)
        cache[order.id] = order
        listener?.onPlaced(order, Timestamp.now())
        log.info("placed ${order.id} for $total")
        return order.id
    }

    fun find(id: OrderId): Order? = cache[id] ?: repository.load(id)?.also { cache[id] = it }

    fun recent(limit: Int = 10): List<Order> =
        cache.values
            .sortedByDescending { it.placedAt }
            .take(limit)

    override fun close() {
        cache.clear()
    }

    protected open fun audit(order: Order) = Audit.record(order.id)

    companion object {
        const val MAX_ITEMS = 50
        private val log = Logger.getLogger("orders")

        @JvmStatic
        fun create(repository: Repository<Order>): OrderService = OrderService(repository)
    }

    private object Audit {
        fun record(id: OrderId) = println("audit $id")
    }
}

/** The state of an order. */
enum class OrderStatus(val label: String) {
    NEW("new"),
    PAID("paid"),
    SHIPPED("shipped");

    fun isFinal(): Boolean = this == SHIPPED
}

data class OrderId(val value: Long) {
    companion object Factory {
        private var counter = 0L
        fun next(): OrderId = OrderId(++counter)
    }
}

sealed class OrderException(message: String) : Exception(message)

class OutOfStock(val sku: String) : OrderException("out of stock: $sku")

interface OrderListener {
    fun onPlaced(order: Order, at: Timestamp)
}

/** Total of all lines, in cents. */
fun Order.total(): Cents = lines.fold(0L) { acc, line -> acc + line.price * line.quantity }

val Order.isEmpty: Boolean
    get() = lines.isEmpty()

internal fun ordersOf(flow: Flow<Order>): Flow<OrderId> = flow.map { it.id }
