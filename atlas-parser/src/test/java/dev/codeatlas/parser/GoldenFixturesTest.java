package dev.codeatlas.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import dev.codeatlas.model.ParsedFile;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Golden fixtures: every file under {@code src/test/resources/golden/LANG/} is parsed with the
 * path relative to that folder, and the rendering must equal {@code FILE.expected} exactly.
 * Run with {@code -Dgolden.update=true} to (re)write the expected files, then review the diff:
 * an expected file is a claim about what the code says, checked by a person.
 */
class GoldenFixturesTest {

    private static final SourceParser PARSER = new SourceParser();

    @TestFactory
    Stream<DynamicTest> goldenFixtures() throws IOException, URISyntaxException {
        Path source = Paths.get("src/test/resources/golden").toAbsolutePath();
        boolean update = Boolean.getBoolean("golden.update");
        List<Path> fixtures;
        try (Stream<Path> s = Files.walk(source)) {
            fixtures = s.filter(Files::isRegularFile)
                    .filter(p -> !p.getFileName().toString().endsWith(".expected"))
                    .filter(p -> !p.getFileName().toString().endsWith(".actual"))
                    .sorted().toList();
        }
        return fixtures.stream().map(fixture -> {
            Path langDir = source.resolve(source.relativize(fixture).getName(0));
            String rel = langDir.relativize(fixture).toString().replace('\\', '/');
            String name = source.relativize(fixture).toString();
            return DynamicTest.dynamicTest(name, () -> check(fixture, rel, update));
        });
    }

    private static void check(Path fixture, String rel, boolean update) throws IOException {
        ParsedFile parsed = PARSER.parseFile(fixture, rel);
        String actual = GoldenRendering.render(parsed);
        Path expectedFile = fixture.resolveSibling(fixture.getFileName() + ".expected");
        if (update) {
            Files.writeString(expectedFile, actual, StandardCharsets.UTF_8);
            return;
        }
        if (!Files.exists(expectedFile)) {
            Files.writeString(fixture.resolveSibling(fixture.getFileName() + ".actual"), actual, StandardCharsets.UTF_8);
            fail("no " + expectedFile.getFileName() + "; wrote .actual beside it for review");
        }
        assertEquals(Files.readString(expectedFile, StandardCharsets.UTF_8), actual, "golden mismatch for " + rel);
    }
}
