package com.acme.util

import kotlin.collections.ArrayDeque
import kotlin.math.max

/** A bounded, least-recently-used cache. */
interface Cache<K : Any, V> {
    val size: Int

    operator fun get(key: K): V?

    fun getOrPut(key: K, compute: (K) -> V): V = get(key) ?: compute(key).also { put(key, it) }

    fun put(key: K, value: V)
}

abstract class AbstractCache<K : Any, V>(protected val capacity: Int) : Cache<K, V> {
    protected val order = ArrayDeque<K>()

    protected abstract fun evict(key: K)

    protected fun touch(key: K) {
        order.remove(key)
        order.addLast(key)
        while (order.size > capacity) {
            evict(order.removeFirst())
        }
    }
}

open class LruCache<K : Any, V> @JvmOverloads constructor(
    capacity: Int = DEFAULT_CAPACITY,
) : AbstractCache<K, V>(max(1, capacity)) {

    private val entries = HashMap<K, V>(capacity)

    override val size: Int get() = entries.size

    override operator fun get(key: K): V? = entries[key]?.also { touch(key) }

    override fun put(key: K, value: V) {
        entries[key] = value
        touch(key)
    }

    override fun evict(key: K) {
        entries.remove(key)
    }

    inner class Snapshot(val taken: Long = System.nanoTime()) {
        fun keys(): Set<K> = entries.keys.toSet()
    }

    companion object {
        const val DEFAULT_CAPACITY = 16
    }
}

/** Counts hits; delegates everything else. */
class CountingCache<K : Any, V>(private val inner: Cache<K, V>) : Cache<K, V> by inner {
    var hits = 0
        private set
}

@Target(AnnotationTarget.CLASS)
@Retention(AnnotationRetention.RUNTIME)
annotation class Cached(val ttlSeconds: Int = 60)

inline fun <reified T> Cache<String, Any>.typed(key: String): T? = this[key] as? T

fun <K : Any, V> lruOf(vararg pairs: Pair<K, V>): LruCache<K, V> {
    fun fill(cache: LruCache<K, V>) = pairs.forEach { (k, v) -> cache.put(k, v) }
    return LruCache<K, V>(pairs.size).apply(::fill)
}

val emptyCache: Cache<String, String> = object : Cache<String, String> {
    override val size = 0
    override fun get(key: String): String? = null
    override fun put(key: String, value: String) = Unit
}
