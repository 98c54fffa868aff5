package dev.codeatlas.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.codeatlas.model.Entity;
import dev.codeatlas.model.ParsedFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bad input never stops or crashes the parser, and loses nothing that could be kept. */
class HostileInputTest {

    private final SourceParser parser = new SourceParser();

    private static List<String> names(ParsedFile f) {
        return f.entities().stream().map(Entity::name).toList();
    }

    @Test
    void binaryContentIsSkippedWithReason() {
        byte[] raw = {'c', 'l', 'a', 's', 's', 0, 1, 2, 3, 0};
        ParsedFile f = parser.parseContent("A.java", raw);
        assertTrue(f.entities().isEmpty());
        assertEquals(List.of("skipped: binary content (NUL bytes)"), f.errors());
    }

    @Test
    void oversizedFileIsSkippedWithReason(@TempDir Path dir) throws Exception {
        SourceParser small = new SourceParser(LanguageRegistry.standard(), new ParserOptions(100, Duration.ofSeconds(5)));
        Path p = dir.resolve("Big.java");
        Files.writeString(p, "class Big { }\n".repeat(20));
        ParsedFile f = small.parseFile(p, "Big.java");
        assertTrue(f.entities().isEmpty());
        assertTrue(f.errors().get(0).startsWith("skipped: file is 280 bytes, over the 100-byte limit"), f.errors().toString());
    }

    @Test
    void invalidUtf8IsDecodedNotDropped() {
        byte[] head = "class A { void f() {} }\n// caf".getBytes(StandardCharsets.UTF_8);
        byte[] tail = "\nclass B { void g() {} }\n".getBytes(StandardCharsets.UTF_8);
        byte[] raw = new byte[head.length + 2 + tail.length];
        System.arraycopy(head, 0, raw, 0, head.length);
        raw[head.length] = (byte) 0xE9; // latin-1 é: invalid in UTF-8
        raw[head.length + 1] = (byte) 0xFF;
        System.arraycopy(tail, 0, raw, head.length + 2, tail.length);
        ParsedFile f = parser.parseContent("A.java", raw);
        assertEquals(List.of("A", "f", "B", "g"), names(f));
        assertEquals(3, f.entities().get(2).lineStart());
        assertTrue(f.errors().contains("invalid UTF-8 replaced with U+FFFD"));
    }

    @Test
    void utf16WithBomIsTranscoded() {
        String src = "/** Ünïcödé */\nclass Caf\u00e9 {\n  void m() {}\n}\n";
        for (var cs : List.of(StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE)) {
            byte[] body = src.getBytes(cs);
            byte[] raw = new byte[body.length + 2];
            boolean le = cs == StandardCharsets.UTF_16LE;
            raw[0] = (byte) (le ? 0xFF : 0xFE);
            raw[1] = (byte) (le ? 0xFE : 0xFF);
            System.arraycopy(body, 0, raw, 2, body.length);
            ParsedFile f = parser.parseContent("Cafe.java", raw);
            assertEquals(List.of("Café", "m"), names(f), cs.name());
            assertEquals("Ünïcödé", f.entities().get(0).docstring());
            assertEquals(3, f.entities().get(1).lineStart());
        }
    }

    @Test
    void crlfLineEndingsGiveTheSameLines() {
        String lf = "class A {\n  /** doc */\n  void f() {\n    g();\n  }\n}\n";
        ParsedFile a = parser.parseContent("A.java", lf.getBytes(StandardCharsets.UTF_8));
        ParsedFile b = parser.parseContent("A.java", lf.replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8));
        assertEquals(a.entities(), b.entities());
        assertEquals(a.references(), b.references());
    }

    @Test
    void syntaxErrorKeepsEntitiesBeforeAndAfter() {
        String src = """
            class Before { void ok() { run(); } }
            class Broken { void bad( { int x = ; } }
            class After { void fine() { go(); } }
            """;
        ParsedFile f = parser.parseContent("X.java", src.getBytes(StandardCharsets.UTF_8));
        List<String> n = names(f);
        assertTrue(n.containsAll(List.of("Before", "ok", "After", "fine")), n.toString());
        assertTrue(f.errors().stream().anyMatch(e -> e.startsWith("syntax error")), f.errors().toString());
        assertTrue(f.references().stream().anyMatch(r -> r.toName().equals("go") && r.from().equals("After.fine")));
    }

    @Test
    void deepNestingDoesNotOverflowTheStack() {
        int depth = 20_000;
        StringBuilder b = new StringBuilder("class Deep { int f() { return ");
        b.append("(".repeat(depth)).append('1').append(")".repeat(depth)).append("; } void after() {} }\n");
        ParsedFile f = parser.parseContent("Deep.java", b.toString().getBytes(StandardCharsets.UTF_8));
        assertEquals(List.of("Deep", "f", "after"), names(f));
        StringBuilder blocks = new StringBuilder("class Blocks { void f() ");
        blocks.append("{".repeat(depth)).append("}".repeat(depth)).append(" }\n");
        ParsedFile g = parser.parseContent("Blocks.java", blocks.toString().getBytes(StandardCharsets.UTF_8));
        assertEquals(List.of("Blocks", "f"), names(g));
    }

    @Test
    void megabyteSingleLine() {
        StringBuilder b = new StringBuilder("class Wide { ");
        int i = 0;
        while (b.length() < 1_000_000) {
            b.append("void m").append(i++).append("() { x(); } ");
        }
        b.append('}');
        ParsedFile f = parser.parseContent("Wide.java", b.toString().getBytes(StandardCharsets.UTF_8));
        assertEquals(i + 1, f.entities().size());
        assertTrue(f.entities().stream().allMatch(e -> e.lineStart() == 1 && e.lineEnd() == 1));
        assertTrue(f.entities().get(1).signature().length() <= 301);
    }

    @Test
    void timeLimitStopsAPathologicalFile() {
        SourceParser hasty = new SourceParser(LanguageRegistry.standard(), new ParserOptions(64L << 20, Duration.ofMillis(1)));
        String big = "class A { void f() { int x = 1 + 2 * 3; g(x); } }\n".repeat(40_000);
        long t0 = System.nanoTime();
        ParsedFile f = hasty.parseContent("A.java", big.getBytes(StandardCharsets.UTF_8));
        long ms = (System.nanoTime() - t0) / 1_000_000;
        assertFalse(f.errors().isEmpty());
        assertTrue(f.errors().get(0).contains("time limit"), f.errors().toString());
        assertTrue(ms < 2000, "took " + ms + " ms");
        // and the parser still works afterwards
        ParsedFile ok = parser.parseContent("B.java", "class B {}".getBytes(StandardCharsets.UTF_8));
        assertEquals(List.of("B"), names(ok));
    }

    @Test
    void privateKeyContentIsNeverParsed(@TempDir Path dir) throws Exception {
        Path p = dir.resolve("Keys.java");
        Files.writeString(p, "class Keys { String k = \"-----BEGIN RSA PRIVATE KEY-----\\nMIIE...\"; }");
        ParsedFile f = parser.parseFile(p, "Keys.java");
        assertTrue(f.entities().isEmpty());
        assertTrue(f.errors().get(0).contains("private key"));
    }

    @Test
    void unsupportedAndEmptyFiles() {
        assertEquals(List.of("skipped: unsupported file type"), parser.parseContent("notes.xyz", new byte[] {1}).errors());
        ParsedFile empty = parser.parseContent("Empty.java", new byte[0]);
        assertTrue(empty.entities().isEmpty());
        assertTrue(empty.errors().isEmpty());
    }
}
