package dev.codeatlas.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.codeatlas.index.pipeline.Indexer;
import dev.codeatlas.model.Label;
import dev.codeatlas.parser.SourceParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Ranking cases that must hold, on a small real index (tree-sitter, Lucene on disk). */
class SearchTest {

    @TempDir
    static Path tmp;
    static Path root;
    static Path indexDir;

    static void write(String rel, String content) throws IOException {
        Path f = root.resolve(rel);
        Files.createDirectories(f.getParent());
        Files.writeString(f, content);
    }

    static void index() throws IOException {
        new Indexer(new SourceParser()).index(root, "demo", indexDir,
                new Indexer.Options(false, true, 2, Duration.ofSeconds(5)), Indexer.Progress.NONE);
    }

    @BeforeAll
    static void build() throws IOException {
        root = tmp.resolve("src");
        indexDir = tmp.resolve("index");
        write("app/config.py", """
                import json

                def parse_config(path):
                    \"\"\"Read the settings file and return a dictionary of options.\"\"\"
                    with open(path) as f:
                        return json.load(f)

                def merge_options(base, extra):
                    \"\"\"Combine two option dictionaries; later values win.\"\"\"
                    out = dict(base)
                    out.update(extra)
                    return out
                """);
        write("app/checksum.py", """
                def crc32(data):
                    \"\"\"Compute the checksum of a byte buffer with the CRC-32 polynomial.\"\"\"
                    value = 0
                    for b in data:
                        value = (value >> 8) ^ b
                    return value
                """);
        write("app/loader.py", """
                from app.config import parse_config

                def load(path):
                    # parse_config parse_config parse_config: the loader leans on it
                    cfg = parse_config(path)
                    return cfg

                def get(key):
                    return None
                """);
        write("tests/test_config.py", """
                from app.config import parse_config, merge_options

                def test_parse_config():
                    assert parse_config("a.json") == {}
                    assert parse_config("b.json") == {}

                def test_merge_options():
                    assert merge_options({}, {}) == {}
                """);
        write("vendor/lib/config_parser.py", """
                def parse_config(path):
                    \"\"\"A vendored copy: parse config parse config.\"\"\"
                    return {}
                """);
        write("web/Router.java", """
                package web;

                /** Dispatches HTTP requests to handlers by method and path. */
                public class Router {
                    /** Registers a handler for GET requests on a path. */
                    public void get(String path, Runnable handler) { }

                    public void handleRequest(String method, String path) { }
                }
                """);
        index();
    }

    static List<SearchHit> search(String q, SearchFilters f) throws IOException {
        try (Searcher s = Searcher.open(indexDir)) {
            return s.search(new SearchRequest(q, SearchMode.HYBRID, 10, f)).results();
        }
    }

    @Test
    void exactIdentifierComesFirst() throws IOException {
        List<SearchHit> hits = search("parse_config", SearchFilters.NONE);
        assertEquals("app.config.parse_config", hits.get(0).node().qualifiedName());
        assertTrue(hits.get(0).channels().contains("graph"));
        assertEquals("handleRequest", search("handleRequest", SearchFilters.NONE).get(0).node().name());
        // its neighbour, the class that holds it, comes along through the graph channel
        List<SearchHit> handle = search("handleRequest", SearchFilters.NONE);
        assertTrue(handle.stream().anyMatch(h -> h.node().qualifiedName().equals("web.Router") && h.channels().contains("graph")),
                files(handle).toString());
        // a qualified name picks the definition it names among same-named ones
        assertEquals("web.Router.get", search("Router.get", SearchFilters.NONE).get(0).node().qualifiedName());
    }

    @Test
    void naturalLanguageFindsTheFunctionWhoseDocSaysIt() throws IOException {
        List<SearchHit> hits = search("checksum of a byte buffer", SearchFilters.NONE);
        assertEquals("crc32", hits.get(0).node().name());
        // words that spell an identifier find it
        assertEquals("handleRequest", search("handle request", SearchFilters.NONE).get(0).node().name());
        hits = search("combine option dictionaries", SearchFilters.NONE);
        assertEquals("merge_options", hits.get(0).node().name());
    }

    @Test
    void testsRankBelowCodeUnlessAskedFor() throws IOException {
        List<SearchHit> hits = search("parse config", SearchFilters.NONE);
        int code = indexOf(hits, "app/config.py");
        int test = indexOf(hits, "tests/test_config.py");
        assertTrue(code >= 0 && (test < 0 || code < test), "code before tests: " + files(hits));
        int vendored = indexOf(hits, "vendor/lib/config_parser.py");
        assertTrue(vendored < 0 || code < vendored, "code before vendored copies: " + files(hits));
        hits = search("parse config tests", SearchFilters.NONE);
        assertEquals("tests/test_config.py", hits.get(0).node().file(), files(hits).toString());
    }

    @Test
    void filtersRestrictResults() throws IOException {
        List<SearchHit> hits = search("parse config", new SearchFilters(Set.of(), Set.of(), Set.of(), "", true));
        assertFalse(hits.isEmpty());
        assertTrue(hits.stream().noneMatch(h -> h.node().file().startsWith("tests/")), files(hits).toString());
        hits = search("path", new SearchFilters(Set.of(), Set.of(), Set.of("java"), "", false));
        assertFalse(hits.isEmpty());
        assertTrue(hits.stream().allMatch(h -> h.node().language().equals("java")), files(hits).toString());
        hits = search("path", new SearchFilters(Set.of(Label.CALLABLE), Set.of(), Set.of(), "app/**", false));
        assertFalse(hits.isEmpty());
        assertTrue(hits.stream().allMatch(h -> h.node().label() == Label.CALLABLE && h.node().file().startsWith("app/")),
                files(hits).toString());
    }

    @Test
    void pathQueriesFindTheFile() throws IOException {
        List<SearchHit> hits = search("app/checksum.py", SearchFilters.NONE);
        assertEquals("app/checksum.py", hits.get(0).node().file());
    }

    @Test
    void getNodeLadder() throws IOException {
        try (Searcher s = Searcher.open(indexDir)) {
            List<NodeMatch> m = s.getNode("demo:app.config.parse_config", 5);
            assertEquals(NodeMatch.Kind.UID, m.get(0).matchKind());
            m = s.getNode("merge_options", 5);
            assertEquals(NodeMatch.Kind.EXACT, m.get(0).matchKind());
            assertEquals("app.config.merge_options", m.get(0).node().qualifiedName());
            m = s.getNode("HANDLEREQUEST", 5);
            assertEquals(NodeMatch.Kind.CASE_INSENSITIVE, m.get(0).matchKind());
            m = s.getNode("Router.get", 5);
            assertEquals(NodeMatch.Kind.SUFFIX, m.get(0).matchKind());
            assertEquals("web.Router.get", m.get(0).node().qualifiedName());
            m = s.getNode("merge_optoins", 5);
            assertEquals(NodeMatch.Kind.FUZZY, m.get(0).matchKind());
            assertEquals("merge_options", m.get(0).node().name());
            assertTrue(s.getNode("no_such_thing_anywhere", 5).isEmpty());
        }
    }

    @Test
    void hostileQueriesAnswerWithoutFailing() throws IOException {
        try (Searcher s = Searcher.open(indexDir)) {
            for (String q : List.of("", "   ", "*", "\"unbalanced", "a".repeat(100_000), "((()))", "\u0000\uFFFF", "../../etc/passwd")) {
                SearchResponse r = s.search(new SearchRequest(q, SearchMode.HYBRID, 10, SearchFilters.NONE));
                assertTrue(r.results().size() <= 10);
            }
        }
    }

    @Test
    void aChangedFileIsSearchedByItsNewText() throws IOException {
        Path other = tmp.resolve("src2");
        Path idx = tmp.resolve("index2");
        Files.createDirectories(other);
        Files.writeString(other.resolve("a.py"), "def alpha():\n    \"\"\"Frobnicate the widgets.\"\"\"\n");
        Indexer indexer = new Indexer(new SourceParser());
        Indexer.Options o = new Indexer.Options(false, true, 2, Duration.ofSeconds(5));
        indexer.index(other, "two", idx, o, Indexer.Progress.NONE);
        try (Searcher s = Searcher.open(idx)) {
            assertEquals("alpha", s.search(SearchRequest.of("frobnicate widgets", 5)).results().get(0).node().name());
        }
        Files.writeString(other.resolve("a.py"), "def alpha():\n    \"\"\"Defenestrate the gadgets.\"\"\"\n");
        indexer.index(other, "two", idx, o, Indexer.Progress.NONE);
        try (Searcher s = Searcher.open(idx)) {
            assertTrue(s.search(SearchRequest.of("frobnicate widgets", 5)).results().isEmpty());
            assertEquals("alpha", s.search(SearchRequest.of("defenestrate gadgets", 5)).results().get(0).node().name());
        }
        Files.delete(other.resolve("a.py"));
        Files.writeString(other.resolve("b.py"), "def beta():\n    pass\n");
        indexer.index(other, "two", idx, o, Indexer.Progress.NONE);
        try (Searcher s = Searcher.open(idx)) {
            assertTrue(s.search(SearchRequest.of("defenestrate gadgets", 5)).results().isEmpty());
        }
    }

    private static int indexOf(List<SearchHit> hits, String file) {
        for (int i = 0; i < hits.size(); i++) {
            if (hits.get(i).node().file().equals(file)) {
                return i;
            }
        }
        return -1;
    }

    private static List<String> files(List<SearchHit> hits) {
        return hits.stream().map(h -> h.node().file() + ":" + h.node().name()).toList();
    }
}
