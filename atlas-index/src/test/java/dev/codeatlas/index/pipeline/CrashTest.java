package dev.codeatlas.index.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.codeatlas.index.store.LuceneGraphStore;
import dev.codeatlas.parser.SourceParser;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * kill -9 at random moments of an indexing loop in another JVM: the index must always open on
 * a complete commit (its node and edge counts equal what its metadata promises).
 */
class CrashTest {

    private static final long SEED = Long.getLong("tests.seed", System.nanoTime());

    /** Child process: re-indexes the tree over and over, editing one file per round. */
    public static void main(String[] args) throws Exception {
        Path root = Path.of(args[0]);
        Path idx = Path.of(args[1]);
        Indexer indexer = new Indexer(new SourceParser());
        for (int round = 0; ; round++) {
            Path f = root.resolve("src/p0/Churn.java");
            Files.writeString(f, "package p0; public class Churn { public int r" + round + "() { return new C1().m0(" + round + "); } }");
            indexer.index(root, "crash", idx, new Indexer.Options(round % 3 == 0, true, 2, Duration.ofSeconds(30)), Indexer.Progress.NONE);
            System.out.println("committed " + round);
        }
    }

    @Test
    void killDuringIndexingLeavesTheLastCommitIntact(@TempDir Path tmp) throws Exception {
        Random rnd = new Random(SEED);
        Path root = tmp.resolve("repo");
        IndexerTest.writeProject(root, 40, rnd);
        Path idx = tmp.resolve("idx");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        int kills = 0;
        for (int attempt = 0; attempt < 5; attempt++) {
            Process p = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), CrashTest.class.getName(),
                    root.toString(), idx.toString()).redirectErrorStream(true).start();
            AtomicLong committed = new AtomicLong(-1);
            Thread reader = new Thread(() -> {
                try (var in = new java.io.BufferedReader(new java.io.InputStreamReader(p.getInputStream()))) {
                    String line;
                    while ((line = in.readLine()) != null) {
                        if (line.startsWith("committed ")) {
                            committed.set(Long.parseLong(line.substring(10)));
                        }
                    }
                } catch (java.io.IOException ignored) {
                    // process killed
                }
            });
            reader.start();
            // let it reach a commit, then kill at a random moment of a later round
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (committed.get() < 0 && System.nanoTime() < deadline && p.isAlive()) {
                Thread.sleep(20);
            }
            Thread.sleep(rnd.nextInt(1500));
            p.destroyForcibly().waitFor();
            reader.join();
            kills++;
            Optional<LuceneGraphStore> store = LuceneGraphStore.open(idx);
            assertTrue(store.isPresent(), "index unreadable after kill; seed " + SEED);
            try (LuceneGraphStore s = store.get()) {
                long[] nodes = {0};
                long[] edges = {0};
                s.forEachNode(n -> nodes[0]++);
                s.forEachEdge(e -> edges[0]++);
                long expectNodes = s.meta().nodeCounts().values().stream().mapToLong(Long::longValue).sum();
                long expectEdges = s.meta().edgeCounts().values().stream().mapToLong(Long::longValue).sum();
                assertEquals(expectNodes, nodes[0], "nodes of the commit; seed " + SEED);
                assertEquals(expectEdges, edges[0], "edges of the commit; seed " + SEED);
                assertEquals(41, s.files().size(), "seed " + SEED);
            }
        }
        assertEquals(5, kills);
    }
}
