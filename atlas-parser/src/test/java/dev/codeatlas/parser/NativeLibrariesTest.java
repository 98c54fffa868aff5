package dev.codeatlas.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.codeatlas.model.ParsedFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * When the optimised tree-sitter libraries were built (src/native/build-native.sh), the test
 * JVMs preload them, so every golden fixture is checked against them. This checks that the
 * preload really took effect; without gcc/npm the test is skipped and the bundled libraries
 * are what the fixtures run on.
 */
class NativeLibrariesTest {

    @Test
    void optimisedRuntimeIsLoadedWhenBuilt() throws Exception {
        String preload = System.getenv().getOrDefault("LD_PRELOAD", "");
        String runtime = preload.split(":")[0];
        Assumptions.assumeTrue(runtime.endsWith("libtree-sitter-runtime.so") && Files.exists(Path.of(runtime)),
                "optimised libraries not built on this machine");
        String maps = Files.readString(Path.of("/proc/self/maps"));
        assertTrue(maps.contains("libtree-sitter-runtime.so"), "preloaded runtime is mapped");
        ParsedFile f = new SourceParser().parseContent("A.java", "class A { void f() { g(); } }".getBytes(StandardCharsets.UTF_8));
        assertEquals(2, f.entities().size());
        assertEquals(1, f.references().size());
    }
}
