package dev.codeatlas.index.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.codeatlas.model.GraphEdge;
import dev.codeatlas.model.ParsedFile;
import dev.codeatlas.model.RelType;
import dev.codeatlas.parser.SourceParser;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** Resolution cases that must hold: who really calls what, never a guess by name. */
class ResolutionTest {

    private static final SourceParser PARSER = new SourceParser();

    private static CodeGraph graph(String... pathAndSource) {
        List<ParsedFile> files = new ArrayList<>();
        for (int i = 0; i < pathAndSource.length; i += 2) {
            files.add(PARSER.parseContent(pathAndSource[i], pathAndSource[i + 1].getBytes(StandardCharsets.UTF_8)));
        }
        return GraphBuilder.build("t", files);
    }

    /** CALLS edges as "caller -> callee" without the project prefix. */
    private static Set<String> calls(CodeGraph g, String fromPrefix) {
        Set<String> out = new TreeSet<>();
        for (GraphEdge e : g.edges()) {
            if (e.rel() == RelType.CALLS && e.from().startsWith("t:" + fromPrefix)) {
                out.add(e.from().substring(2) + " -> " + e.to().substring(2));
            }
        }
        return out;
    }

    private static Set<String> rels(CodeGraph g, RelType rel) {
        Set<String> out = new TreeSet<>();
        for (GraphEdge e : g.edges()) {
            if (e.rel() == rel) {
                out.add(e.from().substring(2) + " -> " + e.to().substring(2));
            }
        }
        return out;
    }

    @Test
    void javaOverloadsByArityAndArgumentTypes() {
        CodeGraph g = graph(
                "w/Writer.java", """
                    package w;
                    public class Writer {
                      public Writer value(String s) { return this; }
                      public Writer value(long n) { return this; }
                      public Writer value(double d) { return this; }
                      public Writer value(String a, String b) { return this; }
                    }
                    """,
                "w/User.java", """
                    package w;
                    class User {
                      void run(Writer out, Integer boxed) {
                        out.value("x");
                        out.value(42);
                        out.value(1.5);
                        out.value("a", "b");
                        out.value(boxed.toString());
                      }
                    }
                    """);
        assertEquals(Set.of(
                "w.User.run -> w.Writer.value", "w.User.run -> w.Writer.value#2",
                "w.User.run -> w.Writer.value#3", "w.User.run -> w.Writer.value#4"), calls(g, "w.User"));
        GraphEdge toString = g.edges().stream().filter(e -> e.rel() == RelType.CALLS && e.to().equals("t:w.Writer.value")).findFirst().orElseThrow();
        assertEquals(2, toString.siteCount(), "value(\"x\") and value(boxed.toString()) both bind value(String)");
    }

    @Test
    void javaInheritedAndInterfaceCallsBindToTheDeclaringType() {
        CodeGraph g = graph(
                "a/Base.java", "package a; public abstract class Base implements Shape { public void log() {} }",
                "a/Shape.java", "package a; public interface Shape { double area(); }",
                "a/Circle.java", "package a; public class Circle extends Base { public double area() { return 1; } }",
                "a/Use.java", """
                    package a;
                    class Use {
                      void go(Circle c, Shape s) { c.log(); s.area(); c.area(); }
                    }
                    """);
        assertEquals(Set.of("a.Use.go -> a.Base.log", "a.Use.go -> a.Shape.area", "a.Use.go -> a.Circle.area"), calls(g, "a.Use"));
        assertTrue(rels(g, RelType.INHERITS).contains("a.Circle -> a.Base"));
        assertTrue(rels(g, RelType.IMPLEMENTS).contains("a.Base -> a.Shape"));
        assertTrue(rels(g, RelType.OVERRIDES).contains("a.Circle.area -> a.Shape.area"));
    }

    @Test
    void javaSameNameInTwoClassesIsNotConfused() {
        CodeGraph g = graph(
                "p/Cache.java", "package p; class Cache { void clear() {} }",
                "p/Buffer.java", "package p; class Buffer { void clear() {} }",
                "p/Use.java", """
                    package p;
                    import java.util.List;
                    class Use {
                      Cache cache;
                      void go(List<String> list) { cache.clear(); list.clear(); unknown().clear(); }
                      Object unknown() { return null; }
                    }
                    """);
        // list.clear() is java.util.List's, unknown() returns Object: neither may bind to a project clear()
        assertEquals(Set.of("p.Use.go -> p.Cache.clear", "p.Use.go -> p.Use.unknown"), calls(g, "p.Use"));
    }

    @Test
    void javaStaticImportsChainsAndConstructors() {
        CodeGraph g = graph(
                "u/Strings.java", "package u; public final class Strings { public static String trim(String s) { return s; } }",
                "u/Builder.java", """
                    package u;
                    public class Builder {
                      public Builder() {}
                      public Builder(int size) { this(); }
                      public Builder add(String s) { return this; }
                      public Result build() { return new Result(); }
                    }
                    """,
                "u/Result.java", "package u; public class Result { public int size() { return 0; } }",
                "v/Use.java", """
                    package v;
                    import static u.Strings.trim;
                    import u.Builder;
                    class Use {
                      int go() { return new Builder(4).add(trim(" a ")).build().size(); }
                    }
                    """);
        assertEquals(Set.of("v.Use.go -> u.Builder.Builder#2", "v.Use.go -> u.Builder.add", "v.Use.go -> u.Strings.trim",
                "v.Use.go -> u.Builder.build", "v.Use.go -> u.Result.size"), calls(g, "v.Use"));
        assertTrue(calls(g, "u.Builder.Builder#2").contains("u.Builder.Builder#2 -> u.Builder.Builder"), "this() binds the no-arg constructor");
        assertTrue(calls(g, "u.Builder.build").contains("u.Builder.build -> u.Result"), "implicit constructor binds the class");
    }

    @Test
    void javaImportBeatsSamePackageAndLocalsShadowFields() {
        CodeGraph g = graph(
                "x/Node.java", "package x; public class Node { public void visit() {} }",
                "y/Node.java", "package y; public class Node { public void visit() {} }",
                "y/Walker.java", """
                    package y;
                    import x.Node;
                    class Walker {
                      y.Node field;
                      void walk(Node n) { n.visit(); }
                      void walkField() { field.visit(); }
                      void shadow(Node field) { field.visit(); }
                    }
                    """);
        assertEquals(Set.of("y.Walker.shadow -> x.Node.visit", "y.Walker.walk -> x.Node.visit",
                "y.Walker.walkField -> y.Node.visit"), calls(g, "y.Walker"));
    }

    @Test
    void pythonImportsRelativeImportsAndSelf() {
        CodeGraph g = graph(
                "pkg/__init__.py", "",
                "pkg/util.py", "def slug(s):\n    return s\n\nclass Helper:\n    def run(self):\n        return self.step()\n    def step(self):\n        return 1\n",
                "pkg/views.py", "from .util import slug\nfrom . import util\n\ndef index():\n    slug('a')\n    util.slug('b')\n    h = util.Helper()\n",
                "other.py", "def slug(s):\n    return s\n");
        Set<String> c = calls(g, "pkg.views");
        assertTrue(c.contains("pkg.views.index -> pkg.util.slug"), c.toString());
        assertTrue(!c.contains("pkg.views.index -> other.slug"), c.toString());
        assertTrue(calls(g, "pkg.util.Helper.run").contains("pkg.util.Helper.run -> pkg.util.Helper.step"));
    }

    @Test
    void goPackageCallsAndMethods() {
        CodeGraph g = graph(
                "store/store.go", "package store\n\ntype DB struct{}\n\nfunc Open() *DB { return &DB{} }\n\nfunc (d *DB) Get(k string) string { return k }\n",
                "cmd/main.go", "package main\n\nimport \"example.com/app/store\"\n\nfunc main() {\n\tdb := store.Open()\n\t_ = db\n}\n");
        assertTrue(calls(g, "cmd").contains("cmd.main -> store.Open"), calls(g, "cmd").toString());
    }

    @Test
    void javascriptRelativeImports() {
        CodeGraph g = graph(
                "lib/util.js", "function merge(a, b) { return a; }\nmodule.exports = { merge };\n",
                "lib/app.js", "const { merge } = require('./util');\nfunction init() { merge({}, {}); }\n",
                "test/util.js", "function merge(a) { return a; }\n");
        Set<String> c = calls(g, "lib/app");
        assertTrue(c.contains("lib/app.init -> lib/util.merge"), c.toString());
    }

    @Test
    void manifestsGiveDependsOnFromTheirPackage() {
        CodeGraph g = graph(
                "web/package.json", "{\"dependencies\": {\"express\": \"^4\"}}",
                "web/app.js", "const express = require('express');\nfunction start() { express(); }\n");
        assertEquals(Set.of("pkg:web -> ext:pkg:express"), rels(g, RelType.DEPENDS_ON));
        assertTrue(rels(g, RelType.IMPORTS).contains("web/app.js -> ext:pkg:express"), "import and dependency meet in one node");
    }

    @Test
    void monorepoModulesAreSubProjectsWithTheirOwnDependencies() {
        CodeGraph g = graph(
                "pom.xml", "<project><modules><module>api</module></modules></project>",
                "api/pom.xml", "<project><dependencies><dependency><groupId>g</groupId><artifactId>gson</artifactId></dependency></dependencies></project>",
                "api/src/main/java/com/x/api/Api.java", "package com.x.api; public class Api {}",
                "web/package.json", "{\"dependencies\": {\"react\": \"18\"}}",
                "web/src/app.js", "function main() {}\n",
                "tools/run.py", "def run():\n    pass\n");
        Set<String> contains = new TreeSet<>();
        for (GraphEdge e : g.edges()) {
            if (e.rel() == RelType.CONTAINS && e.to().startsWith("t:pkg:")) {
                contains.add((e.from().equals("t:") ? "project" : e.from().substring(2)) + " -> " + e.to().substring(2));
            }
        }
        assertEquals(Set.of("project -> pkg:", "pkg: -> pkg:api", "pkg:api -> pkg:com.x.api", "pkg: -> pkg:web",
                "pkg:web -> pkg:web/src", "pkg: -> pkg:tools"), contains);
        assertEquals(Set.of("pkg:api -> ext:pkg:g:gson", "pkg:web -> ext:pkg:react"), rels(g, RelType.DEPENDS_ON));
        assertTrue(g.nodes().stream().anyMatch(n -> n.uid().equals("t:pkg:api") && n.kind().equals("subproject")));
    }

    @Test
    void castsCutOffInArgumentTextAreReadSafely() {
        // argument texts are kept to 60 characters: the cast below loses its closing parenthesis
        CodeGraph g = graph(
                "k/K.java", """
                    package k;
                    class K {
                      void f(Object o) { g(((java.util.concurrent.ConcurrentHashMap<String, java.util.List<Integer>>) o).size()); }
                      void g(int n) {}
                      void g(String s) {}
                    }
                    """);
        assertEquals(0, g.stats().failureCount(), g.stats().failures().toString());
        assertTrue(calls(g, "k.K.f").stream().anyMatch(c -> c.startsWith("k.K.f -> k.K.g")));
    }

    @Test
    void unresolvableCallsAreDroppedNotGuessed() {
        CodeGraph g = graph(
                "a/A.java", "package a; class A { void handle() {} }",
                "b/B.java", "package b; class B { void handle() {} }",
                "c/C.java", "package c; class C { void go(Object o) { ((Runnable) o).run(); mystery.handle(); } }");
        assertEquals(Set.of(), calls(g, "c.C"));
    }
}
