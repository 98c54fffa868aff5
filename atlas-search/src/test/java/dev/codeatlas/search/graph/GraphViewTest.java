package dev.codeatlas.search.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.codeatlas.model.GraphEdge;
import dev.codeatlas.model.GraphNode;
import dev.codeatlas.model.Label;
import dev.codeatlas.model.RelType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Hand-made graphs: CSR layout, call paths, blast radius, centrality. */
class GraphViewTest {

    private final List<GraphNode> nodes = new ArrayList<>();
    private final List<GraphEdge> edges = new ArrayList<>();

    private void node(String name, Label label, String file) {
        nodes.add(new GraphNode("p:" + name, label, "", name, name, file, 1, 1, "", "", "java", "", ""));
    }

    private void fn(String... names) {
        for (String n : names) {
            node(n, Label.CALLABLE, "src/" + n + ".java");
        }
    }

    private void call(String from, String to, double confidence) {
        edges.add(new GraphEdge(RelType.CALLS, "p:" + from, "p:" + to, confidence, "import", 1, 1, false));
    }

    private void rel(RelType rel, String from, String to) {
        edges.add(GraphEdge.structural(rel, "p:" + from, "p:" + to));
    }

    private static List<String> names(GraphView g, int[] ids) {
        return Arrays.stream(ids).mapToObj(i -> g.uid(i).substring(2)).collect(Collectors.toList());
    }

    @Test
    void adjacencyInBothDirections() {
        fn("a", "b", "c");
        call("a", "b", 1);
        call("a", "c", 0.5);
        rel(RelType.USES_TYPE, "c", "b");
        edges.add(new GraphEdge(RelType.CALLS, "p:a", "p:missing", 1, "", 1, 1, false)); // dangling: dropped
        GraphView g = GraphView.of(nodes, edges);
        assertEquals(3, g.nodeCount());
        assertEquals(3, g.edgeCount());
        int a = g.id("p:a");
        int b = g.id("p:b");
        assertEquals(-1, g.id("p:missing"));
        assertEquals(2, g.degree(a, true, EnumSet.of(RelType.CALLS)));
        assertEquals(0, g.degree(a, true, EnumSet.of(RelType.USES_TYPE)));
        assertEquals(2, g.degree(b, false, EnumSet.allOf(RelType.class)));
        List<Double> conf = new ArrayList<>();
        g.forEachNeighbour(g.id("p:c"), false, EnumSet.of(RelType.CALLS), (o, r, c) -> conf.add(c));
        assertEquals(List.of(0.5), conf);
        assertEquals("src/a.java", g.file(a));
        assertEquals(Label.CALLABLE, g.label(a));
    }

    @Test
    void callPathsShortestFirstWithConfidence() {
        // a -> b -> d, a -> c -> d, a -> d? no; a -> e -> f -> d (longer); cycle b -> a
        fn("a", "b", "c", "d", "e", "f", "x");
        call("a", "b", 1);
        call("b", "d", 0.5);
        call("a", "c", 0.9);
        call("c", "d", 0.9);
        call("a", "e", 1);
        call("e", "f", 1);
        call("f", "d", 1);
        call("b", "a", 1);
        GraphView g = GraphView.of(nodes, edges);
        CallPaths.Result r = CallPaths.between(g, g.id("p:a"), g.id("p:d"), 5, 10);
        assertFalse(r.reversed());
        assertEquals(3, r.paths().size());
        assertEquals(2, r.paths().get(0).length());
        assertEquals(2, r.paths().get(1).length());
        assertEquals(List.of("a", "e", "f", "d"), names(g, r.paths().get(2).nodes()));
        double conf = r.paths().stream().filter(p -> names(g, p.nodes()).contains("c")).findFirst().orElseThrow().confidence();
        assertEquals(0.81, conf, 1e-6);

        CallPaths.Result shallow = CallPaths.between(g, g.id("p:a"), g.id("p:d"), 2, 10);
        assertEquals(2, shallow.paths().size());
        CallPaths.Result one = CallPaths.between(g, g.id("p:a"), g.id("p:d"), 5, 1);
        assertEquals(1, one.paths().size());
        assertTrue(one.truncated());

        // no path from d to a: the answer is the path the other way, flagged
        CallPaths.Result back = CallPaths.between(g, g.id("p:d"), g.id("p:a"), 5, 10);
        assertTrue(back.reversed());
        assertEquals("a", names(g, back.paths().get(0).nodes()).get(0));
        assertTrue(CallPaths.between(g, g.id("p:x"), g.id("p:a"), 5, 10).paths().isEmpty());
    }

    @Test
    void callPathsTerminateOnDenseCyclicGraphs() {
        int n = 60;
        for (int i = 0; i < n; i++) {
            fn("n" + i);
        }
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                if (i != j) {
                    call("n" + i, "n" + j, 1);
                }
            }
        }
        GraphView g = GraphView.of(nodes, edges);
        CallPaths.Result r = CallPaths.between(g, g.id("p:n0"), g.id("p:n1"), 10, 20);
        assertEquals(20, r.paths().size());
        assertEquals(1, r.paths().get(0).length());
        for (CallPaths.Path p : r.paths()) {
            assertEquals(p.nodes().length, Arrays.stream(p.nodes()).distinct().count(), "simple path");
        }
    }

    @Test
    void blastRadiusIsTransitiveWithConfidenceAndTestsApart() {
        node("Base", Label.TYPE_DEF, "src/Base.java");
        node("Base.run", Label.CALLABLE, "src/Base.java");
        node("Impl", Label.TYPE_DEF, "src/Impl.java");
        node("Impl.run", Label.CALLABLE, "src/Impl.java");
        fn("caller", "top", "unrelated");
        node("BaseTest.testRun", Label.CALLABLE, "src/test/java/BaseTest.java");
        rel(RelType.CONTAINS, "Base", "Base.run");
        rel(RelType.CONTAINS, "Impl", "Impl.run");
        rel(RelType.INHERITS, "Impl", "Base");
        rel(RelType.OVERRIDES, "Impl.run", "Base.run");
        call("caller", "Base.run", 0.8);
        call("top", "caller", 0.5);
        call("BaseTest.testRun", "Base.run", 1);
        call("Base.run", "unrelated", 1); // what Base uses is not what depends on it
        GraphView g = GraphView.of(nodes, edges);

        BlastRadius.Result r = BlastRadius.of(g, g.id("p:Base"), 5, 0, 50);
        List<String> code = r.impacted().stream().map(i -> g.uid(i.id()).substring(2)).toList();
        assertEquals(List.of("Impl", "Impl.run", "caller", "top"), code);
        BlastRadius.Impact top = r.impacted().get(3);
        assertEquals(2, top.depth());
        assertEquals(0.4, top.confidence(), 1e-6);
        assertEquals(RelType.CALLS, top.via());
        assertEquals("p:caller", g.uid(top.through()));
        assertEquals(List.of("p:BaseTest.testRun"), r.tests().stream().map(i -> g.uid(i.id())).toList());
        assertEquals(5, r.total());
        assertFalse(r.truncated());

        assertEquals(List.of("caller"), BlastRadius.of(g, g.id("p:Base.run"), 1, 0, 50).impacted().stream()
                .map(i -> g.uid(i.id()).substring(2)).filter(s -> !s.startsWith("Impl")).toList());
        assertEquals(3, BlastRadius.of(g, g.id("p:Base"), 5, 0.6, 50).impacted().size(), "top (0.4) is below 0.6");
        BlastRadius.Result limited = BlastRadius.of(g, g.id("p:Base"), 5, 0, 2);
        assertEquals(2, limited.impacted().size());
        assertTrue(limited.truncated());
    }

    @Test
    void testCodeIsRecognisedByPathTestsEdgeAndFromTestCalls() {
        fn("a", "b");
        node("ATest", Label.TYPE_DEF, "src/ATest2.java"); // not a test path
        node("helper", Label.CALLABLE, "src/Helper.java");
        node("t", Label.CALLABLE, "tests/test_a.py");
        rel(RelType.TESTS, "ATest", "a");
        edges.add(new GraphEdge(RelType.CALLS, "p:helper", "p:a", 1, "", 1, 1, true));
        GraphView g = GraphView.of(nodes, edges);
        assertTrue(g.isTest(g.id("p:ATest")));
        assertTrue(g.isTest(g.id("p:helper")));
        assertTrue(g.isTest(g.id("p:t")));
        assertFalse(g.isTest(g.id("p:a")));
        assertFalse(g.isTest(g.id("p:b")));
    }

    @Test
    void centralityFavoursWidelyCalledCode() {
        fn("util", "a", "b", "c", "leaf", "lonely");
        call("a", "util", 1);
        call("b", "util", 1);
        call("c", "util", 1);
        call("util", "leaf", 1);
        GraphView g = GraphView.of(nodes, edges);
        double util = g.centrality(g.id("p:util"));
        double leaf = g.centrality(g.id("p:leaf"));
        double a = g.centrality(g.id("p:a"));
        double lonely = g.centrality(g.id("p:lonely"));
        assertEquals(1.0, Math.max(util, leaf), 1e-9, "scaled to a maximum of 1");
        assertTrue(util > a && leaf > a, util + " " + leaf + " " + a);
        assertEquals(a, lonely, 1e-9, "nodes nobody calls share the base rank");
        double sumBefore = 0;
        for (int i = 0; i < g.nodeCount(); i++) {
            sumBefore += g.centrality(i);
        }
        assertTrue(sumBefore > 1.0);
        assertEquals(0, GraphView.of(List.of(), List.of()).nodeCount());
    }
}
