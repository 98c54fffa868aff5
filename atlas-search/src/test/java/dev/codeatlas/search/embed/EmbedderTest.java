package dev.codeatlas.search.embed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.codeatlas.index.pipeline.Indexer;
import dev.codeatlas.index.store.EmbeddingCoverage;
import dev.codeatlas.index.store.LuceneGraphStore;
import dev.codeatlas.index.store.ScoredUid;
import dev.codeatlas.index.store.VectorStamp;
import dev.codeatlas.parser.SourceParser;
import dev.codeatlas.search.SearchFilters;
import dev.codeatlas.model.Label;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The embedding pass over a real index on disk, with a provider that counts what it is asked. */
class EmbedderTest {

    private static final Indexer INDEXER = new Indexer(new SourceParser());

    @TempDir
    Path tmp;
    Path root;
    Path index;

    /** Bag-of-words vectors (feature hashing): texts sharing words are close; every text embedded is recorded. */
    static class CountingProvider implements EmbeddingProvider {
        final String model;
        final List<String> texts = new ArrayList<>();
        int failAfter = Integer.MAX_VALUE;

        CountingProvider(String model) {
            this.model = model;
        }

        @Override
        public String modelId() {
            return model;
        }

        @Override
        public int dimension() {
            return 64;
        }

        @Override
        public List<float[]> embed(List<String> batch) throws EmbeddingException {
            if (texts.size() + batch.size() > failAfter) {
                throw new EmbeddingException("the test provider is down");
            }
            texts.addAll(batch);
            List<float[]> out = new ArrayList<>();
            for (String t : batch) {
                float[] v = new float[64];
                v[0] = 0.01f;
                for (String w : EntityText.words(t).split("[^a-z0-9]+")) {
                    if (!w.isEmpty()) {
                        v[Math.floorMod(w.hashCode(), 63) + 1] += 1;
                    }
                }
                out.add(v);
            }
            return out;
        }
    }

    @BeforeEach
    void project() throws IOException {
        root = tmp.resolve("repo");
        index = tmp.resolve("index");
        write("src/json/JsonReader.java", """
                package json;
                /** Reads JSON documents. */
                public class JsonReader {
                    /** Parses JSON text into a tree of maps and lists. */
                    public Object parseJson(String text) {
                        return new Object();
                    }
                    /** Escapes a string for a JSON literal. */
                    public String escape(String s) {
                        return s.replace("\\"", "\\\\\\"");
                    }
                }
                """);
        write("src/http/HttpServer.java", """
                package http;
                /** A tiny HTTP server. */
                public class HttpServer {
                    /** Starts listening for HTTP requests on a port. */
                    public void start(int port) {
                        System.out.println(port);
                    }
                }
                """);
        write("src/util/Strings.java", """
                package util;
                public final class Strings {
                    public static boolean isBlank(String s) {
                        return s == null || s.isBlank();
                    }
                }
                """);
    }

    private void write(String rel, String text) throws IOException {
        Path f = root.resolve(rel);
        Files.createDirectories(f.getParent());
        Files.writeString(f, text);
    }

    private void indexRoot() throws IOException {
        INDEXER.index(root, "p", index, new Indexer.Options(false, true, 2, Duration.ofSeconds(5)), Indexer.Progress.NONE);
    }

    private EmbedResult embed(EmbeddingProvider p) throws IOException {
        return new Embedder(p, new Embedder.Options(4, 5, Duration.ofSeconds(5))).run(index, Embedder.Progress.NONE);
    }

    private Map<String, VectorStamp> stamps() throws IOException {
        try (LuceneGraphStore s = LuceneGraphStore.open(index).orElseThrow()) {
            return s.vectorStamps();
        }
    }

    @Test
    void onlyChangedEntitiesAreEmbeddedAgainAndDeletedOnesLoseTheirVectors() throws IOException {
        indexRoot();
        CountingProvider p = new CountingProvider("fake-1");
        EmbedResult first = embed(p);
        // 3 files, 3 classes, 4 methods
        assertEquals(10, first.entities());
        assertEquals(10, first.embedded());
        assertEquals(10, p.texts.size());
        assertEquals(1.0, first.coverage());
        assertTrue(p.texts.stream().anyMatch(t -> t.startsWith("method parseJson (parse json)\njson.JsonReader.parseJson\n")), p.texts.toString());
        assertTrue(p.texts.stream().anyMatch(t -> t.contains("Parses JSON text into a tree of maps and lists.")), "the docstring is in the text");

        EmbedResult again = embed(p);
        assertEquals(0, again.embedded(), "nothing changed, nothing embedded");
        assertEquals(10, again.reused());

        // an edit inside a documented method: its text is its docstring, only the file's head changed
        p.texts.clear();
        write("src/http/HttpServer.java", Files.readString(root.resolve("src/http/HttpServer.java")).replace("println(port)", "println(port + 1)"));
        indexRoot();
        assertEquals(1, embed(p).embedded(), p.texts.toString());
        assertTrue(p.texts.get(0).startsWith("file HttpServer.java"), p.texts.toString());

        // an edit inside an undocumented method: that method, and the class and file whose heads show it
        p.texts.clear();
        write("src/util/Strings.java", Files.readString(root.resolve("src/util/Strings.java")).replace("s == null ||", "s == null || s.isEmpty() ||"));
        indexRoot();
        EmbedResult edit = embed(p);
        assertEquals(3, edit.embedded(), p.texts.toString());
        assertTrue(p.texts.stream().allMatch(t -> t.contains("s.isEmpty()")));

        // lines shift for every entity of a file, but only the new method's text is new
        p.texts.clear();
        write("src/util/Strings.java", Files.readString(root.resolve("src/util/Strings.java")).replace("public final class Strings {\n",
                "public final class Strings {\n    public static String trim(String s) {\n        return s.strip();\n    }\n"));
        indexRoot();
        EmbedResult added = embed(p);
        assertTrue(p.texts.stream().anyMatch(t -> t.startsWith("method trim")));
        assertFalse(p.texts.stream().anyMatch(t -> t.startsWith("method isBlank")), "moved down but unchanged: " + p.texts);

        // a deleted file: its entities' vectors go
        Files.delete(root.resolve("src/json/JsonReader.java"));
        indexRoot();
        EmbedResult deleted = embed(p);
        assertEquals(4, deleted.deleted(), "class, two methods, file");
        assertFalse(stamps().keySet().stream().anyMatch(uid -> uid.contains("JsonReader")));
        assertEquals(added.entities() - 4, deleted.vectors());
    }

    @Test
    void aModelChangeEmbedsEverythingAgain() throws IOException {
        indexRoot();
        embed(new CountingProvider("fake-1"));
        CountingProvider other = new CountingProvider("fake-2");
        EmbedResult r = embed(other);
        assertEquals(10, r.embedded());
        assertTrue(stamps().values().stream().allMatch(s -> s.model().equals("fake-2")));
        try (LuceneGraphStore s = LuceneGraphStore.open(index).orElseThrow()) {
            assertEquals("fake-2", s.embeddingCoverage().orElseThrow().model());
            assertEquals(0, s.vectorCount("fake-1"));
        }
    }

    @Test
    void aFailingProviderLeavesTheStructuralIndexAndWhatWasDone() throws IOException {
        indexRoot();
        Map<String, Long> nodesBefore;
        long committedBefore;
        try (LuceneGraphStore s = LuceneGraphStore.open(index).orElseThrow()) {
            nodesBefore = s.meta().nodeCounts();
            committedBefore = s.meta().committedAt();
        }
        CountingProvider p = new CountingProvider("fake-1");
        p.failAfter = 6; // chunks of 4: the second call fails, the first 4 vectors are committed
        EmbedResult r = embed(p);
        assertEquals(Optional.of("the test provider is down"), r.failure());
        assertEquals(4, r.embedded());
        try (LuceneGraphStore s = LuceneGraphStore.open(index).orElseThrow()) {
            assertEquals(nodesBefore, s.meta().nodeCounts(), "structural metadata as it was");
            assertEquals(committedBefore, s.meta().committedAt());
            assertTrue(s.node("p:json.JsonReader.parseJson").isPresent(), "the graph still answers");
            EmbeddingCoverage c = s.embeddingCoverage().orElseThrow();
            assertEquals(4, c.vectors());
            assertEquals(10, c.entities());
            assertTrue(c.isFor(s.meta()));
            assertEquals(4, s.vectorCount("fake-1"), "the vectors made before the failure were kept");
        }
        p.failAfter = Integer.MAX_VALUE;
        p.texts.clear();
        EmbedResult resumed = embed(p);
        assertEquals(6, resumed.embedded(), "only the rest");
        assertEquals(1.0, resumed.coverage());
    }

    @Test
    void theVectorChannelAnswersOrWarnsButNeverThrows() throws IOException {
        indexRoot();
        CountingProvider p = new CountingProvider("fake-1");
        try (LuceneGraphStore s = LuceneGraphStore.open(index).orElseThrow()) {
            VectorChannel.Result none = new VectorChannel(s, p, Duration.ofSeconds(2)).search("parse json", 5, Optional.empty());
            assertTrue(none.hits().isEmpty());
            assertTrue(none.warning().orElseThrow().contains("no embeddings yet"), none.warning().toString());
        }
        embed(p);
        try (LuceneGraphStore s = LuceneGraphStore.open(index).orElseThrow();
             VectorChannel ch = new VectorChannel(s, p, Duration.ofSeconds(2))) {
            VectorChannel.Result r = ch.search("parse json", 3, Optional.empty());
            assertEquals(Optional.empty(), r.warning());
            assertEquals("p:json.JsonReader.parseJson", r.hits().get(0).uid(), r.hits().toString());
            List<String> onlyTypes = ch.search("parse json", 3, new SearchFilters(Set.of(Label.TYPE_DEF), Set.of(), Set.of(), "", false))
                    .hits().stream().map(ScoredUid::uid).toList();
            assertEquals("p:json.JsonReader", onlyTypes.get(0));
            assertEquals(3, onlyTypes.size());
            assertTrue(ch.search("parse json", 10, new SearchFilters(Set.of(), Set.of(), Set.of(), "src/http/**", false))
                    .hits().stream().allMatch(h -> h.uid().contains("http")));
            assertEquals(10, ch.search("parse json", 20, new SearchFilters(Set.of(), Set.of(), Set.of(), "", true)).hits().size(),
                    "no test code here: excluding tests keeps everything");

            p.failAfter = 0;
            VectorChannel.Result failed = ch.search("start server", 3, Optional.empty());
            assertTrue(failed.hits().isEmpty());
            assertEquals(Optional.of("vector search unavailable: the test provider is down"), failed.warning());
            assertEquals("p:json.JsonReader.parseJson", ch.search("parse json", 3, Optional.empty()).hits().get(0).uid(),
                    "a cached query still answers");
        }
        try (LuceneGraphStore s = LuceneGraphStore.open(index).orElseThrow();
             VectorChannel ch = new VectorChannel(s, new CountingProvider("fake-2"), Duration.ofSeconds(2))) {
            assertTrue(ch.search("parse json", 3, Optional.empty()).warning().orElseThrow().contains("made by fake-1"));
        }
        EmbeddingProvider slow = new CountingProvider("fake-1") {
            @Override
            public List<float[]> embed(List<String> batch) throws EmbeddingException {
                try {
                    Thread.sleep(2000);
                } catch (InterruptedException e) {
                    throw new EmbeddingException("interrupted");
                }
                return super.embed(batch);
            }
        };
        try (LuceneGraphStore s = LuceneGraphStore.open(index).orElseThrow();
             VectorChannel ch = new VectorChannel(s, slow, Duration.ofMillis(100))) {
            VectorChannel.Result r = ch.search("parse json", 3, Optional.empty());
            assertTrue(r.hits().isEmpty());
            assertTrue(r.warning().orElseThrow().contains("longer than 100 ms"));
            assertTrue(r.millis() < 1000);
        }
    }

    @Test
    void withTheRealModelTheClosestEntityIsTheSemanticallyClosest() throws IOException {
        indexRoot();
        try (OnnxEmbeddingProvider onnx = new OnnxEmbeddingProvider()) {
            EmbedResult r = embed(onnx);
            assertEquals(10, r.embedded());
            try (LuceneGraphStore s = LuceneGraphStore.open(index).orElseThrow();
                 VectorChannel ch = new VectorChannel(s, onnx, Duration.ofSeconds(30))) {
                List<ScoredUid> json = ch.search("parse json", 10, Optional.empty()).hits();
                assertTrue(json.get(0).uid().startsWith("p:json.JsonReader"), json.toString());
                assertTrue(rank(json, "p:json.JsonReader.parseJson") < rank(json, "p:http.HttpServer.start"), json.toString());
                List<ScoredUid> web = ch.search("start a web server listening on a port", 10, Optional.empty()).hits();
                assertTrue(web.get(0).uid().startsWith("p:http.HttpServer"), web.toString());
            }
        }
    }

    private static int rank(List<ScoredUid> hits, String uid) {
        for (int i = 0; i < hits.size(); i++) {
            if (hits.get(i).uid().equals(uid)) {
                return i;
            }
        }
        return Integer.MAX_VALUE;
    }
}
