package dev.codeatlas.parser;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.codeatlas.model.Entity;
import dev.codeatlas.model.ParsedFile;
import dev.codeatlas.model.Reference;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Feeds random bytes and mutated real sources (the golden fixtures) to every language. The seed
 * is printed on failure; replay with {@code -Dtests.seed=N}. Every result must be well formed:
 * lines inside the file, ranges ordered, no exception, no JVM crash.
 */
class RandomInputTest {

    private static final long SEED = Long.getLong("tests.seed", System.nanoTime());
    private static final int ROUNDS = Integer.getInteger("tests.rounds", 40);
    private static final SourceParser PARSER = new SourceParser();

    @TestFactory
    Stream<DynamicTest> randomAndMutatedInputForEveryLanguage() throws IOException {
        List<Path> fixtures = new ArrayList<>();
        Path golden = Paths.get("src/test/resources/golden");
        if (Files.isDirectory(golden)) {
            try (Stream<Path> s = Files.walk(golden)) {
                s.filter(Files::isRegularFile).filter(p -> !p.toString().endsWith(".expected")).forEach(fixtures::add);
            }
        }
        return PARSER.registry().languages().stream().map(lang -> DynamicTest.dynamicTest(lang.name(), () -> {
            Random rnd = new Random(SEED ^ lang.name().hashCode());
            String ext = lang.extensions().isEmpty() ? "/" + lang.fileNames().iterator().next() : lang.extensions().iterator().next();
            List<byte[]> seeds = new ArrayList<>();
            for (Path p : fixtures) {
                if (PARSER.registry().forPath(p.toString()).filter(l -> l == lang).isPresent()) {
                    seeds.add(Files.readAllBytes(p));
                }
            }
            for (int round = 0; round < ROUNDS; round++) {
                byte[] input = seeds.isEmpty() || round % 4 == 0 ? randomBytes(rnd) : mutate(seeds.get(rnd.nextInt(seeds.size())), rnd);
                String name = "fuzz/f" + round + ext;
                try {
                    check(PARSER.parseContent(name, input), input);
                } catch (Throwable t) {
                    fail("language " + lang.name() + " round " + round + " failed; replay with -Dtests.seed=" + SEED, t);
                }
            }
        }));
    }

    private static void check(ParsedFile f, byte[] input) {
        assertNotNull(f);
        int maxLine = 1;
        for (byte b : input) {
            if (b == '\n') {
                maxLine++;
            }
        }
        // UTF-16/invalid decoding can change byte counts but never adds line breaks beyond the input's
        for (Entity e : f.entities()) {
            assertTrue(e.lineStart() >= 1 && e.lineStart() <= e.lineEnd(), e.toString());
            assertTrue(e.lineEnd() <= maxLine + 1, e + " beyond line " + maxLine);
            assertTrue(!e.qualifiedName().isEmpty() && !e.name().isEmpty(), e.toString());
        }
        for (Reference r : f.references()) {
            assertTrue(r.line() >= 1 && r.line() <= maxLine + 1, r.toString());
        }
    }

    private static byte[] randomBytes(Random rnd) {
        byte[] b = new byte[rnd.nextInt(4096)];
        if (rnd.nextBoolean()) {
            rnd.nextBytes(b);
        } else {
            String alphabet = "{}()[]<>;:,.=+-*/\"'`#@$\\|&!?~^% \n\tabcdefXYZ_0123456789classdefunctionimport";
            for (int i = 0; i < b.length; i++) {
                b[i] = (byte) alphabet.charAt(rnd.nextInt(alphabet.length()));
            }
        }
        return b;
    }

    private static byte[] mutate(byte[] src, Random rnd) {
        byte[] b = src.clone();
        int edits = 1 + rnd.nextInt(20);
        for (int i = 0; i < edits && b.length > 0; i++) {
            int at = rnd.nextInt(b.length);
            switch (rnd.nextInt(4)) {
                case 0 -> b[at] = (byte) rnd.nextInt(256);
                case 1 -> b[at] = (byte) "{}()\"'\n;".charAt(rnd.nextInt(8));
                case 2 -> { // delete a span
                    int len = Math.min(b.length - at, rnd.nextInt(64));
                    byte[] n = new byte[b.length - len];
                    System.arraycopy(b, 0, n, 0, at);
                    System.arraycopy(b, at + len, n, at, b.length - at - len);
                    b = n;
                }
                default -> { // duplicate a span
                    int len = Math.min(b.length - at, rnd.nextInt(256));
                    byte[] n = new byte[b.length + len];
                    System.arraycopy(b, 0, n, 0, at + len);
                    System.arraycopy(b, at, n, at + len, b.length - at);
                    b = n;
                }
            }
        }
        return b;
    }

    static {
        System.out.println("RandomInputTest seed=" + SEED + " (replay with -Dtests.seed=" + SEED + ")");
    }
}
