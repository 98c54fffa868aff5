package com.acme.broken

import scala.io.Source

class Before(path: String) {
  def lines(): List[String] = Source.fromFile(path).getLines().toList
}

class Half {
  def start( = {
    println("never closed"
  }
}

object After {
  private val before = new Before(".")

  def show(): String = before.lines().mkString(",")
}
