package dev.codeatlas.index.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.codeatlas.index.store.IndexBusyException;
import dev.codeatlas.index.store.LuceneGraphStore;
import dev.codeatlas.index.store.LuceneGraphWriter;
import dev.codeatlas.index.store.SkippedFile;
import dev.codeatlas.parser.SourceParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IndexerTest {

    private static final long SEED = Long.getLong("tests.seed", System.nanoTime());
    private static final Indexer INDEXER = new Indexer(new SourceParser());

    @TempDir
    Path tmp;

    static Indexer.Options opts(boolean full) {
        return new Indexer.Options(full, true, 2, Duration.ofSeconds(5));
    }

    /** A small Java project whose classes call each other, so edits ripple through resolution. */
    static void writeProject(Path root, int classes, Random rnd) throws IOException {
        for (int i = 0; i < classes; i++) {
            StringBuilder b = new StringBuilder("package p").append(i % 3).append(";\n");
            for (int k = 0; k < 3; k++) {
                b.append("import p").append(k).append(".*;\n");
            }
            b.append("public class C").append(i).append(i > 0 && rnd.nextBoolean() ? " extends C" + rnd.nextInt(i) : "").append(" {\n");
            for (int m = 0; m < 3; m++) {
                b.append("  public int m").append(m).append("(int x) {\n");
                int target = rnd.nextInt(classes);
                b.append("    C").append(target).append(" c = new C").append(target).append("();\n");
                b.append("    return c.m").append(rnd.nextInt(3)).append("(x) + m").append((m + 1) % 3).append("(x);\n  }\n");
            }
            b.append("}\n");
            Path f = root.resolve("src/p" + (i % 3) + "/C" + i + ".java");
            Files.createDirectories(f.getParent());
            Files.writeString(f, b.toString());
        }
    }

    static List<Path> regularFiles(Path root) throws IOException {
        try (var s = Files.walk(root)) {
            return s.filter(Files::isRegularFile).sorted().collect(Collectors.toList());
        }
    }

    static List<String> dump(Path indexDir) throws IOException {
        List<String> out = new ArrayList<>();
        try (LuceneGraphStore s = LuceneGraphStore.open(indexDir).orElseThrow()) {
            s.forEachNode(n -> out.add(n.toString()));
            s.forEachEdge(e -> out.add(e.toString()));
        }
        out.sort(null);
        return out;
    }

    @Test
    void deltaEqualsFullRebuildAfterRandomEdits() throws IOException {
        Random rnd = new Random(SEED);
        Path root = tmp.resolve("repo");
        writeProject(root, 30, rnd);
        Path delta = tmp.resolve("delta");
        Path full = tmp.resolve("full");
        INDEXER.index(root, "p", delta, opts(true), Indexer.Progress.NONE);
        for (int round = 0; round < 4; round++) {
            List<Path> files = regularFiles(root);
            // edit, delete, rename and add files
            Path edit = files.get(rnd.nextInt(files.size()));
            Files.writeString(edit, Files.readString(edit).replace("m1(x)", "m2(x)"));
            Path del = files.get(rnd.nextInt(files.size()));
            if (!del.equals(edit)) {
                Files.delete(del);
            }
            Path ren = files.get(rnd.nextInt(files.size()));
            if (Files.exists(ren)) {
                Files.move(ren, ren.resolveSibling("Renamed" + round + ".java"));
            }
            Files.writeString(root.resolve("src/p0/New" + round + ".java"),
                    "package p0;\npublic class New" + round + " { int f() { return new C1().m0(1); } }\n");
            IndexSummary d = INDEXER.index(root, "p", delta, opts(false), Indexer.Progress.NONE);
            assertFalse(d.full(), "seed " + SEED);
            assertTrue(d.parsed() < d.files(), "a delta parses only what changed; seed " + SEED);
            INDEXER.index(root, "p", full, opts(true), Indexer.Progress.NONE);
            assertEquals(dump(full), dump(delta), "delta != full in round " + round + "; replay with -Dtests.seed=" + SEED);
        }
    }

    @Test
    void bodyOnlyEditsReResolveOnlyTheChangedFilesAndStillEqualAFullRebuild() throws IOException {
        Random rnd = new Random(SEED);
        Path root = tmp.resolve("repo");
        writeProject(root, 30, rnd);
        Path delta = tmp.resolve("delta");
        Path full = tmp.resolve("full");
        INDEXER.index(root, "p", delta, opts(true), Indexer.Progress.NONE);
        for (int round = 0; round < 4; round++) {
            List<Path> files = regularFiles(root);
            // change call targets inside bodies (interfaces hold), and in the last round a signature too
            for (int k = 0; k < 3; k++) {
                Path edit = files.get(rnd.nextInt(files.size()));
                String src = Files.readString(edit);
                Files.writeString(edit, src.replaceFirst("return c\\.m(\\d)", "return c.m" + rnd.nextInt(3)).replace("new C", "\n    new C"));
            }
            if (round == 3) {
                Path edit = files.get(rnd.nextInt(files.size()));
                Files.writeString(edit, Files.readString(edit).replace("public int m2(int x)", "public int m2(int x, int y)"));
            }
            IndexSummary d = INDEXER.index(root, "p", delta, opts(false), Indexer.Progress.NONE);
            assertEquals(round < 3, d.incremental(), "round " + round + "; seed " + SEED);
            INDEXER.index(root, "p", full, opts(true), Indexer.Progress.NONE);
            assertEquals(dump(full), dump(delta), "delta != full in round " + round + "; replay with -Dtests.seed=" + SEED);
            try (LuceneGraphStore a = LuceneGraphStore.open(delta).orElseThrow(); LuceneGraphStore b = LuceneGraphStore.open(full).orElseThrow()) {
                assertEquals(b.meta().edgeCounts(), a.meta().edgeCounts(), "edge counts; seed " + SEED);
                assertEquals(b.meta().nodeCounts(), a.meta().nodeCounts(), "node counts; seed " + SEED);
            }
        }
    }

    @Test
    void fieldsDeclaredInConstructorsResolveAcrossFilesTheSameInDeltaAndFull() throws IOException {
        Path root = tmp.resolve("mixed");
        Files.createDirectories(root.resolve("ts"));
        Files.createDirectories(root.resolve("py"));
        Files.writeString(root.resolve("ts/repo.ts"), "export class Repo {\n  find(id: string) { return id; }\n}\n");
        Files.writeString(root.resolve("ts/service.ts"), "import { Repo } from './repo';\n"
                + "export class Service {\n  constructor(private readonly repo: Repo) {}\n}\n");
        Files.writeString(root.resolve("ts/use.ts"), "import { Service } from './service';\n"
                + "export function run(s: Service) { return s.repo.find('a'); }\n");
        Files.writeString(root.resolve("py/store.py"), "class Store:\n    def get(self, k):\n        return k\n");
        Files.writeString(root.resolve("py/app.py"), "from store import Store\n\nclass App:\n    store: Store\n\n"
                + "    def run(self):\n        return self.store.get(1)\n");
        Path delta = tmp.resolve("mixed-delta");
        Path full = tmp.resolve("mixed-full");
        INDEXER.index(root, "m", delta, opts(true), Indexer.Progress.NONE);
        Files.writeString(root.resolve("ts/use.ts"), Files.readString(root.resolve("ts/use.ts")) + "// edited\n");
        Files.writeString(root.resolve("py/app.py"), Files.readString(root.resolve("py/app.py")) + "# edited\n");
        IndexSummary d = INDEXER.index(root, "m", delta, opts(false), Indexer.Progress.NONE);
        assertTrue(d.incremental(), "comment edits keep every interface");
        INDEXER.index(root, "m", full, opts(true), Indexer.Progress.NONE);
        assertEquals(dump(full), dump(delta));
        List<String> edges = dump(full);
        assertTrue(edges.stream().anyMatch(l -> l.contains("CALLS") && l.contains("App.run") && l.contains("Store.get")), String.join("\n", edges));
        try (var s = Files.list(tmp)) {
            assertEquals(List.of(), s.filter(p -> p.getFileName().toString().endsWith(".spill")).collect(Collectors.toList()),
                    "the parse spill is deleted after each run");
        }
    }

    @Test
    void manySmallDeltasDeferMergesButKeepTheSegmentCountBounded() throws IOException {
        Random rnd = new Random(SEED);
        Path root = tmp.resolve("repo");
        writeProject(root, 12, rnd);
        Path delta = tmp.resolve("delta");
        INDEXER.index(root, "p", delta, opts(true), Indexer.Progress.NONE);
        List<Path> files = regularFiles(root);
        int maxSegments = 0;
        for (int round = 0; round < 40; round++) {
            Path edit = files.get(rnd.nextInt(files.size()));
            Files.writeString(edit, Files.readString(edit) + "// round " + round + "\n");
            IndexSummary d = INDEXER.index(root, "p", delta, opts(false), Indexer.Progress.NONE);
            assertTrue(d.changed(), "round " + round);
            try (var dir = org.apache.lucene.store.FSDirectory.open(delta);
                 var r = org.apache.lucene.index.DirectoryReader.open(dir)) {
                maxSegments = Math.max(maxSegments, r.leaves().size());
            }
        }
        assertTrue(maxSegments <= 25, "segments pile up: " + maxSegments + "; seed " + SEED);
        Path full = tmp.resolve("full");
        INDEXER.index(root, "p", full, opts(true), Indexer.Progress.NONE);
        assertEquals(dump(full), dump(delta), "seed " + SEED);
    }

    @Test
    void deletedFilesLoseTheirNodesAndEdges() throws IOException {
        Path root = tmp.resolve("r");
        Files.createDirectories(root.resolve("a"));
        Files.writeString(root.resolve("a/A.java"), "package a; public class A { public void f() { new B().g(); } }");
        Files.writeString(root.resolve("a/B.java"), "package a; public class B { public void g() {} }");
        Path idx = tmp.resolve("idx");
        INDEXER.index(root, "r", idx, opts(false), Indexer.Progress.NONE);
        assertTrue(dump(idx).stream().anyMatch(s -> s.contains("r:a.B.g")));
        Files.delete(root.resolve("a/B.java"));
        IndexSummary s = INDEXER.index(root, "r", idx, opts(false), Indexer.Progress.NONE);
        assertEquals(1, s.deleted());
        List<String> after = dump(idx);
        assertTrue(after.stream().noneMatch(x -> x.contains("a.B")), after.toString());
        try (LuceneGraphStore st = LuceneGraphStore.open(idx).orElseThrow()) {
            assertEquals(Map.of("a/A.java", "a/A.java"), st.files().keySet().stream().collect(Collectors.toMap(k -> k, k -> k)));
        }
    }

    @Test
    void noChangeMakesNoCommit() throws IOException {
        Path root = tmp.resolve("r");
        writeProject(root, 5, new Random(SEED));
        Path idx = tmp.resolve("idx");
        INDEXER.index(root, "r", idx, opts(false), Indexer.Progress.NONE);
        long committed;
        try (LuceneGraphStore s = LuceneGraphStore.open(idx).orElseThrow()) {
            committed = s.meta().committedAt();
        }
        IndexSummary again = INDEXER.index(root, "r", idx, opts(false), Indexer.Progress.NONE);
        assertFalse(again.changed());
        assertEquals(0, again.parsed());
        try (LuceneGraphStore s = LuceneGraphStore.open(idx).orElseThrow()) {
            assertEquals(committed, s.meta().committedAt());
        }
    }

    @Test
    void touchedButUnchangedFilesAreNotReparsed() throws IOException {
        Path root = tmp.resolve("r");
        writeProject(root, 5, new Random(SEED));
        Path idx = tmp.resolve("idx");
        INDEXER.index(root, "r", idx, opts(false), Indexer.Progress.NONE);
        List<String> before = dump(idx);
        Path f = root.resolve("src/p0/C0.java");
        Files.setLastModifiedTime(f, java.nio.file.attribute.FileTime.fromMillis(System.currentTimeMillis() + 5000));
        IndexSummary touched = INDEXER.index(root, "r", idx, opts(false), Indexer.Progress.NONE);
        assertEquals(0, touched.parsed());
        assertEquals(before, dump(idx));
        IndexSummary again = INDEXER.index(root, "r", idx, opts(false), Indexer.Progress.NONE);
        assertFalse(again.changed(), "the new mtime was recorded");
    }

    @Test
    void hostileTreeIsIndexedWithReasons(@TempDir Path outside) throws Exception {
        Path root = tmp.resolve("r");
        Files.createDirectories(root.resolve("src"));
        Files.writeString(root.resolve("src/App.java"), "class App { void run() {} }");
        Files.writeString(root.resolve(".env"), "TOKEN=secret");
        Files.writeString(root.resolve("src/server.pem"), "-----BEGIN PRIVATE KEY-----");
        Files.write(root.resolve("src/Blob.java"), new byte[] {0, 1, 2, 0});
        Files.writeString(root.resolve("src/Big.java"), "class Big {}\n".repeat(200_000));
        Files.writeString(outside.resolve("Out.java"), "class Out {}");
        Files.createSymbolicLink(root.resolve("src/loop"), root.resolve("src"));
        Files.createSymbolicLink(root.resolve("out"), outside);
        new ProcessBuilder("mkfifo", root.resolve("src/pipe.java").toString()).start().waitFor();
        Path idx = tmp.resolve("idx");
        INDEXER.index(root, "r", idx, opts(false), Indexer.Progress.NONE);
        try (LuceneGraphStore s = LuceneGraphStore.open(idx).orElseThrow()) {
            Map<String, String> skipped = s.skipped().stream().collect(Collectors.toMap(SkippedFile::path, SkippedFile::reason));
            assertTrue(skipped.get(".env").contains("secret"), skipped.toString());
            assertTrue(skipped.get("src/server.pem").contains("secret"), skipped.toString());
            assertTrue(skipped.get("src/loop").contains("already visited"), skipped.toString());
            assertTrue(skipped.get("out").contains("outside the root"), skipped.toString());
            assertTrue(!Files.exists(root.resolve("src/pipe.java")) || skipped.get("src/pipe.java").contains("FIFO"), skipped.toString());
            TreeSet<String> names = new TreeSet<>();
            s.forEachNode(n -> names.add(n.qualifiedName()));
            assertTrue(names.contains("App.run"));
            assertFalse(names.contains("Out"));
            assertFalse(names.contains("Big"), "over the size cap");
        }
    }

    @Test
    void secondWriterWaitsThenRefusesClearly() throws IOException {
        Path root = tmp.resolve("r");
        writeProject(root, 3, new Random(SEED));
        Path idx = tmp.resolve("idx");
        INDEXER.index(root, "r", idx, opts(false), Indexer.Progress.NONE);
        try (LuceneGraphWriter held = LuceneGraphWriter.open(idx, Duration.ZERO)) {
            Files.writeString(root.resolve("src/p0/Extra.java"), "package p0; class Extra {}");
            long t0 = System.nanoTime();
            IndexBusyException e = assertThrows(IndexBusyException.class, () ->
                    INDEXER.index(root, "r", idx, new Indexer.Options(false, true, 2, Duration.ofMillis(600)), Indexer.Progress.NONE));
            assertTrue((System.nanoTime() - t0) / 1_000_000 >= 500, "waited before refusing");
            assertTrue(e.getMessage().contains("another 'atlas index' is writing"));
        }
        IndexSummary after = INDEXER.index(root, "r", idx, opts(false), Indexer.Progress.NONE);
        assertEquals(1, after.parsed());
    }

    @Test
    void readersKeepTheirCommitUntilTheyRefresh() throws IOException {
        Path root = tmp.resolve("r");
        writeProject(root, 4, new Random(SEED));
        Path idx = tmp.resolve("idx");
        INDEXER.index(root, "r", idx, opts(false), Indexer.Progress.NONE);
        try (LuceneGraphStore reader = LuceneGraphStore.open(idx).orElseThrow()) {
            int before = reader.files().size();
            Files.writeString(root.resolve("src/p1/Later.java"), "package p1; public class Later { void f() {} }");
            INDEXER.index(root, "r", idx, opts(false), Indexer.Progress.NONE);
            assertEquals(before, reader.files().size(), "a reader sees one commit");
            assertTrue(reader.refresh());
            assertEquals(before + 1, reader.files().size());
            assertTrue(reader.node("r:p1.Later.f").isPresent());
        }
    }
}
