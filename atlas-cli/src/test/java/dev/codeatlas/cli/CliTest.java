package dev.codeatlas.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The parse and parse-batch contracts of cli-contract.md, run in process. */
class CliTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    record Run(int exit, String out, String err) {
    }

    static synchronized Run run(String stdin, String... args) {
        InputStream oldIn = System.in;
        PrintStream oldOut = System.out;
        PrintStream oldErr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try {
            System.setIn(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)));
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            int code = AtlasCli.execute(args);
            return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setIn(oldIn);
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
    }

    @Test
    void parseReadsARequestOnStdinAndWritesOneObject() throws Exception {
        String req = JSON.writeValueAsString(java.util.Map.of("file", "src/auth/Service.java",
                "content", "package auth;\n/** Logs in. */\nclass Service {\n  void login(String u) { hash(u); }\n}\n"));
        Run r = run(req, "parse");
        assertEquals(0, r.exit(), r.err());
        assertEquals("", r.err());
        assertEquals(1, r.out().strip().lines().count());
        JsonNode o = JSON.readTree(r.out());
        assertEquals("src/auth/Service.java", o.get("file").asText());
        assertEquals("java", o.get("language").asText());
        JsonNode login = o.get("entities").get(1);
        assertEquals("Callable", login.get("label").asText());
        assertEquals("method", login.get("kind").asText());
        assertEquals("auth.Service.login", login.get("qualified_name").asText());
        assertEquals(4, login.get("line_start").asInt());
        assertEquals("void login(String u)", login.get("signature").asText());
        assertEquals("auth.Service", login.get("parent").asText());
        assertEquals("Logs in.", o.get("entities").get(0).get("docstring").asText());
        JsonNode call = null;
        for (JsonNode rel : o.get("relationships")) {
            if (rel.get("rel").asText().equals("CALLS")) {
                call = rel;
            }
        }
        assertEquals("auth.Service.login", call.get("from").asText());
        assertEquals("hash", call.get("to_name").asText());
        assertEquals(4, call.get("line").asInt());
        assertTrue(o.get("errors").isArray() && o.get("errors").isEmpty());
    }

    @Test
    void parseReadsTheFileWhenNoContentIsGiven(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("A.java");
        Files.writeString(f, "class A { void b() {} }");
        Run r = run(JSON.writeValueAsString(java.util.Map.of("file", f.toString())), "parse");
        assertEquals(0, r.exit(), r.err());
        assertEquals(2, JSON.readTree(r.out()).get("entities").size());
        Run byArg = run("", "parse", f.toString());
        assertEquals(r.out(), byArg.out());
    }

    @Test
    void parseRejectsBadRequestsWithOneLine() {
        for (String bad : List.of("not json", "[1,2]", "{\"content\": \"x\"}", "{\"file\": 3}", "{\"file\": \"a.java\", \"content\": 5}")) {
            Run r = run(bad, "parse");
            assertEquals(1, r.exit(), bad);
            assertEquals("", r.out(), bad);
            assertEquals(1, r.err().strip().lines().count(), r.err());
            assertTrue(r.err().startsWith("atlas: "), r.err());
        }
        Run missing = run("{\"file\": \"/no/such/File.java\"}", "parse");
        assertEquals(1, missing.exit());
        assertTrue(missing.err().contains("no such file"));
    }

    @Test
    void parseOfABrokenFileStillYieldsAnObject() throws Exception {
        Run r = run("{\"file\": \"x.java\", \"content\": \"class A { void f( { }\"}", "parse");
        assertEquals(0, r.exit());
        JsonNode o = JSON.readTree(r.out());
        assertFalse(o.get("errors").isEmpty());
        assertEquals("A", o.get("entities").get(0).get("name").asText());
    }

    @Test
    void parseBatchWritesOneLinePerSourceFileInStableOrder(@TempDir Path dir) throws Exception {
        Path root = dir.resolve("repo");
        Files.createDirectories(root.resolve("src/b"));
        Files.createDirectories(root.resolve(".git")); // ignore files apply inside a repository
        Files.writeString(root.resolve(".gitignore"), "ignored/\n");
        Files.createDirectories(root.resolve("ignored"));
        Files.writeString(root.resolve("ignored/Gone.java"), "class Gone {}");
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            String rel = "src/" + (i % 2 == 0 ? "b/" : "") + "C" + (char) ('a' + i % 26) + i + ".java";
            Files.writeString(root.resolve(rel), "class C" + i + " { void m() { n(); } }");
            expected.add(rel);
        }
        Files.write(root.resolve("src/Bin.java"), new byte[] {'c', 0, 0, 1});
        expected.add("src/Bin.java");
        Files.writeString(root.resolve("notes.txt"), "not source");
        Files.writeString(root.resolve(".env"), "SECRET=1");
        expected.sort(null);
        // walk order: entries sorted by name, depth-first
        Path out = dir.resolve("out/entities.jsonl");
        Run r = run("", "parse-batch", root.toString(), "--output", out.toString(), "--threads", "3");
        assertEquals(0, r.exit(), r.err());
        assertEquals("", r.out());
        assertTrue(r.err().contains("parse-batch: 41 files"), r.err());
        List<String> lines = Files.readAllLines(out);
        List<String> files = new ArrayList<>();
        for (String line : lines) {
            files.add(JSON.readTree(line).get("file").asText());
        }
        List<String> walkOrder = new ArrayList<>(expected);
        walkOrder.sort((a, b) -> compareWalkOrder(a, b));
        assertEquals(walkOrder, files);
        JsonNode bin = JSON.readTree(lines.get(files.indexOf("src/Bin.java")));
        assertEquals("skipped: binary content (NUL bytes)", bin.get("errors").get(0).asText());

        Run again = run("", "parse-batch", root.toString(), "--threads", "1", "-q");
        assertEquals(String.join("\n", lines) + "\n", again.out());
        assertEquals("", again.err());

        Run noIgnore = run("", "parse-batch", root.toString(), "--no-ignore", "-q");
        assertTrue(noIgnore.out().contains("\"ignored/Gone.java\""));
        assertFalse(noIgnore.out().contains(".env"));
    }

    /** Depth-first with entries sorted by name at each level. */
    private static int compareWalkOrder(String a, String b) {
        String[] x = a.split("/");
        String[] y = b.split("/");
        for (int i = 0; i < Math.min(x.length, y.length); i++) {
            int c = x[i].compareTo(y[i]);
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(x.length, y.length);
    }

    @Test
    void parseBatchRejectsAMissingDirectory() {
        Run r = run("", "parse-batch", "/no/such/dir");
        assertEquals(1, r.exit());
        assertTrue(r.err().startsWith("atlas: not a directory"));
    }

    @Test
    void everyCommandHasHelp() {
        for (String cmd : List.of("parse", "parse-batch")) {
            Run r = run("", cmd, "--help");
            assertEquals(0, r.exit(), cmd);
            assertTrue(r.out().startsWith("Usage: atlas " + cmd), r.out());
        }
        Run top = run("", "--help");
        assertEquals(0, top.exit());
        assertTrue(top.out().contains("parse-batch"));
        Run none = run("");
        assertEquals(1, none.exit());
        Run unknown = run("", "frobnicate");
        assertEquals(1, unknown.exit());
    }
}
