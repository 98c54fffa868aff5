package dev.codeatlas.index.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.codeatlas.model.GraphNode;
import dev.codeatlas.model.Label;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VectorStoreTest {

    @TempDir
    Path dir;

    private static GraphNode node(String name, String file) {
        return new GraphNode("p:" + name, Label.CALLABLE, "method", name, name, file, 1, 2, "", "", "java", "public", "");
    }

    private static IndexMeta meta(long at) {
        return new IndexMeta(0, "p", "/r", at, "", Map.of("Callable", 2L), Map.of());
    }

    private static EntityVector vec(String name, String file, String hash, float... v) {
        return new EntityVector("p:" + name, "Callable", "method", "java", file, hash, "m1", v);
    }

    @Test
    void vectorsSurviveNodeRewritesAndStructuralCommitsKeepTheCoverage() throws IOException {
        try (LuceneGraphWriter w = LuceneGraphWriter.open(dir, Duration.ofSeconds(1))) {
            w.replaceNodes("A.java", List.of(node("a", "A.java")));
            w.replaceNodes("test/B.java", List.of(node("b", "test/B.java")));
            w.commit(meta(1));
            w.putVector(vec("a", "A.java", "ha", 1, 0, 0));
            w.putVector(vec("b", "test/B.java", "hb", 0, 1, 0));
            w.commitEmbeddings(new EmbeddingCoverage("m1", 2, 2, 1, 5));
            // a file's nodes are rewritten and committed: vectors and coverage stay
            w.replaceNodes("A.java", List.of(node("a", "A.java")));
            w.commit(meta(2));
        }
        try (LuceneGraphStore s = LuceneGraphStore.open(dir).orElseThrow()) {
            assertEquals(2, s.meta().committedAt(), "the structural metadata is the latest");
            EmbeddingCoverage c = s.embeddingCoverage().orElseThrow();
            assertEquals(new EmbeddingCoverage("m1", 2, 2, 1, 5), c);
            assertFalse(c.isFor(s.meta()), "the coverage is about the earlier commit");
            assertEquals(Map.of("p:a", new VectorStamp("ha", "m1"), "p:b", new VectorStamp("hb", "m1")), s.vectorStamps());
            List<String> nodes = new java.util.ArrayList<>();
            s.forEachNode(n -> nodes.add(n.uid()));
            assertEquals(2, nodes.size(), "vector documents are not nodes");

            List<ScoredUid> near = s.nearestVectors(new float[] {0.9f, 0.1f, 0}, "m1", 2, Optional.empty());
            assertEquals("p:a", near.get(0).uid());
            assertEquals(0.9939, near.get(0).score(), 1e-3, "cosine similarity");
            assertEquals("p:b", near.get(1).uid());
            assertTrue(s.nearestVectors(new float[] {1, 0, 0}, "other-model", 2, Optional.empty()).isEmpty());
            assertTrue(s.nearestVectors(new float[] {1, 0, 0, 0}, "m1", 2, Optional.empty()).isEmpty(), "another dimension");

            var onlyTests = VectorQueries.filter(Set.of(), Set.of(), Set.of(), "test/**", false);
            assertEquals(List.of("p:b"), s.nearestVectors(new float[] {1, 0, 0}, "m1", 5, onlyTests).stream().map(ScoredUid::uid).toList());
            var byName = VectorQueries.filter(Set.of("Callable"), Set.of("method"), Set.of("java"), "A.java", false);
            assertEquals(List.of("p:a"), s.nearestVectors(new float[] {0, 1, 0}, "m1", 5, byName).stream().map(ScoredUid::uid).toList());
            assertTrue(s.nearestVectors(new float[] {0, 1, 0}, "m1", 5,
                    VectorQueries.filter(Set.of("TypeDef"), Set.of(), Set.of(), "", false)).isEmpty());
            assertEquals(List.of("p:a"), s.nearestVectors(new float[] {0, 1, 0}, "m1", 5,
                    VectorQueries.filter(Set.of(), Set.of(), Set.of(), "", true)).stream().map(ScoredUid::uid).toList(), "no test code");
            assertTrue(VectorQueries.filter(Set.of(), Set.of(), Set.of(), " ", false).isEmpty());
        }
    }

    @Test
    void replacingAndDeletingVectors() throws IOException {
        try (LuceneGraphWriter w = LuceneGraphWriter.open(dir, Duration.ofSeconds(1))) {
            w.putVector(vec("a", "A.java", "h1", 1, 0));
            w.putVector(vec("b", "A.java", "h1", 0, 1));
            w.commitEmbeddings(new EmbeddingCoverage("m1", 2, 2, 0, 1));
            w.putVector(vec("a", "A.java", "h2", 0, 1));
            w.deleteVectors(List.of("p:b"));
            w.commitEmbeddings(new EmbeddingCoverage("m1", 1, 1, 0, 2));
        }
        try (LuceneGraphStore s = LuceneGraphStore.open(dir).orElseThrow()) {
            assertEquals(Map.of("p:a", new VectorStamp("h2", "m1")), s.vectorStamps());
            assertEquals(1, s.vectorCount("m1"));
        }
    }

    @Test
    void aFullRebuildDropsVectorsAndTheirCoverage() throws IOException {
        try (LuceneGraphWriter w = LuceneGraphWriter.open(dir, Duration.ofSeconds(1))) {
            w.putVector(vec("a", "A.java", "h1", 1, 0));
            w.commitEmbeddings(new EmbeddingCoverage("m1", 1, 1, 0, 1));
        }
        try (LuceneGraphWriter w = LuceneGraphWriter.open(dir, Duration.ofSeconds(1))) {
            w.clear();
            w.commit(meta(3));
        }
        try (LuceneGraphStore s = LuceneGraphStore.open(dir).orElseThrow()) {
            assertTrue(s.embeddingCoverage().isEmpty());
            assertTrue(s.vectorStamps().isEmpty());
        }
    }

    @Test
    void globsMeanWhatJavaPathMatcherMeans() {
        List<String> paths = List.of("A.java", "src/A.java", "src/main/B.java", "src/main/B.kt", "docs/x.md", "src/a-b/C_test.py");
        for (String glob : List.of("*.java", "**.java", "src/**", "src/**/*.java", "src/*.java", "**/*.{java,kt}", "src/?.java",
                "src/a-b/*", "**/[A-C]*", "**/[!A]*.java", "docs/x.md")) {
            java.util.regex.Pattern p = java.util.regex.Pattern.compile(VectorQueries.globToRegexp(glob));
            var matcher = java.nio.file.FileSystems.getDefault().getPathMatcher("glob:" + glob);
            for (String path : paths) {
                assertEquals(matcher.matches(Path.of(path)), p.matcher(path).matches(), glob + " on " + path);
            }
        }
    }
}
