package com.acme.broken

import java.io.File

class Before(private val root: File) {
    fun list(): List<String> = root.list()?.toList() ?: emptyList()
}

class Half {
    fun start( {
        println("never closed"
    }
}

object After {
    private val before = Before(File("."))

    fun show(): String = before.list().joinToString()
}

fun interface Callback {
    fun invoke(value: Int)
}

fun tail(): Int = 42
