package dev.codeatlas.parser.scan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SourceWalkerTest {

    @TempDir
    Path root;

    private void write(String rel, String content) throws IOException {
        Path p = root.resolve(rel);
        Files.createDirectories(p.getParent());
        Files.writeString(p, content);
    }

    private record Walk(List<String> files, Map<String, String> skipped) {
    }

    private Walk walk(boolean ignoreFiles) throws IOException {
        List<String> files = new ArrayList<>();
        Map<String, String> skipped = new TreeMap<>();
        new SourceWalker(root, ignoreFiles, rel -> rel.endsWith(".java") || rel.endsWith(".py")).walk(new SourceWalker.Listener() {
            @Override
            public void file(Path path, String relative, long size) {
                files.add(relative);
            }

            @Override
            public void skipped(String relative, String reason) {
                skipped.put(relative, reason);
            }
        });
        return new Walk(files, skipped);
    }

    @Test
    void nestedGitignoresNegationAndStableOrder() throws IOException {
        Files.createDirectories(root.resolve(".git"));
        write(".gitignore", "generated/\n*.tmp.java\n");
        write("a/.gitignore", "Skip*.java\n!SkipNot.java\n");
        write("a/Keep.java", "");
        write("a/SkipMe.java", "");
        write("a/SkipNot.java", "");
        write("a/b/SkipDeep.java", "");
        write("generated/Gen.java", "");
        write("z/x.tmp.java", "");
        write("z/y.py", "");
        write("B.java", "");
        write(".atlasignore", "z/y.py\n");
        write("node_modules/m/index.java", "");
        write("README.md", "");
        Walk w = walk(true);
        assertEquals(List.of("B.java", "a/Keep.java", "a/SkipNot.java"), w.files());
        Walk all = walk(false);
        assertEquals(List.of("B.java", "a/Keep.java", "a/SkipMe.java", "a/SkipNot.java", "a/b/SkipDeep.java",
                "generated/Gen.java", "z/x.tmp.java", "z/y.py"), all.files());
    }

    @Test
    void buildOutputsAndVendoredDepsBesideTheirBuildFileAreLeftOut() throws IOException {
        write("pom.xml", "<project/>");
        write("target/generated/Gen.java", "");
        write("src/App.java", "");
        write("web/package.json", "{}");
        write("web/dist/bundle.py", "");
        write("web/src/main.py", "");
        write("tools/build/Script.java", ""); // no build file beside it: a source folder
        Walk w = walk(true);
        assertEquals(List.of("src/App.java", "tools/build/Script.java", "web/src/main.py"), w.files());
        assertTrue(w.skipped().get("target").contains("build output"), w.skipped().toString());
        List<String> all = new ArrayList<>();
        new SourceWalker(root, true, rel -> rel.endsWith(".java")).includeGenerated(true).walk((p, rel, size) -> all.add(rel));
        assertTrue(all.contains("target/generated/Gen.java"));
    }

    @Test
    void gitignoreAppliesOnlyInsideAGitRepositoryAtlasignoreAlways() throws IOException {
        write(".gitignore", "/*\n!/debian/\n"); // as Debian's packaging leaves it in linux-source
        write(".atlasignore", "skip/\n");
        write("kernel/fork.c.java", "");
        write("skip/Gone.java", "");
        assertEquals(List.of("kernel/fork.c.java"), walk(true).files(), "no .git: .gitignore does not apply");
    }

    @Test
    void trackedFilesAreIndexedEvenWhenAnIgnoreRuleMatches() throws Exception {
        write(".gitignore", "*.gen.java\nbuild-dir/\n");
        write("src/App.java", "");
        write("src/Tracked.gen.java", "");
        write("src/Untracked.gen.java", "");
        write("build-dir/Kept.java", "");
        write("build-dir/Scratch.java", "");
        Process init = new ProcessBuilder("git", "init", "-q", root.toString()).start();
        if (init.waitFor() != 0) {
            return; // git is not installed
        }
        Process add = new ProcessBuilder("git", "-C", root.toString(), "add", "-f", "src/App.java", "src/Tracked.gen.java",
                "build-dir/Kept.java").start();
        assertEquals(0, add.waitFor());
        assertEquals(List.of("build-dir/Kept.java", "src/App.java", "src/Tracked.gen.java"), walk(true).files());
    }

    @Test
    void gitInfoExcludeIsHonoured() throws IOException {
        write(".git/info/exclude", "Local.java\n");
        write("Local.java", "");
        write("Shared.java", "");
        assertEquals(List.of("Shared.java"), walk(true).files());
    }

    @Test
    void secretsAreNeverListed() throws IOException {
        write(".env", "TOKEN=1");
        write(".env.production", "TOKEN=1");
        write("certs/server.pem", "x");
        write("id_rsa", "x");
        write("src/App.java", "");
        Walk w = walk(true);
        assertEquals(List.of("src/App.java"), w.files());
        assertTrue(w.skipped().get(".env").contains("secret"));
        assertTrue(w.skipped().get("certs/server.pem").contains("secret"));
    }

    @Test
    void symlinkLoopsAndOutsideLinksAreSkipped(@TempDir Path outside) throws IOException {
        write("src/A.java", "");
        Files.writeString(outside.resolve("Secret.java"), "");
        Files.createSymbolicLink(root.resolve("src/loop"), root.resolve("src"));
        Files.createSymbolicLink(root.resolve("out"), outside);
        Files.createSymbolicLink(root.resolve("src/Alias.java"), root.resolve("src/A.java"));
        Files.createSymbolicLink(root.resolve("dangling.java"), root.resolve("nowhere.java"));
        Walk w = walk(true);
        assertEquals(List.of("src/A.java", "src/Alias.java"), w.files());
        assertTrue(w.skipped().get("out").contains("outside the root"), w.skipped().toString());
        assertTrue(w.skipped().get("src/loop").contains("already visited"), w.skipped().toString());
        assertTrue(w.skipped().get("dangling.java").contains("broken symlink"), w.skipped().toString());
    }

    @Test
    void fifoIsSkippedWithReason() throws Exception {
        write("A.java", "");
        Process p = new ProcessBuilder("mkfifo", root.resolve("pipe.java").toString()).start();
        if (p.waitFor() != 0) {
            return; // no mkfifo on this system
        }
        Walk w = walk(true);
        assertEquals(List.of("A.java"), w.files());
        assertTrue(w.skipped().get("pipe.java").contains("FIFO"), w.skipped().toString());
    }
}
