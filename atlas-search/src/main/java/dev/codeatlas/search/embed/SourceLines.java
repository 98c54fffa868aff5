package dev.codeatlas.search.embed;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Reads the lines of an indexed file; never a path outside the root (including through links). */
final class SourceLines {

    /** Larger files are read only up to here: an entity's head lies near its start anyway. */
    private static final int MAX_BYTES = 4 << 20;

    private final Path root;

    /** A root that is gone reads as empty files. */
    SourceLines(Path root) {
        Path real;
        try {
            real = root.toRealPath();
        } catch (IOException e) {
            real = null;
        }
        this.root = real;
    }

    /** The file's lines, or an empty list when it is gone, unreadable, or not under the root. */
    List<String> read(String relative) {
        if (root == null || relative.isEmpty()) {
            return List.of();
        }
        try {
            Path p = root.resolve(relative).normalize();
            if (!p.startsWith(root) || !Files.isRegularFile(p)) {
                return List.of();
            }
            Path real = p.toRealPath();
            if (!real.startsWith(root)) {
                return List.of();
            }
            byte[] bytes;
            try (InputStream in = Files.newInputStream(real)) {
                bytes = in.readNBytes(MAX_BYTES);
            }
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
                    .onUnmappableCharacter(CodingErrorAction.REPLACE).decode(ByteBuffer.wrap(bytes)).toString();
            return text.lines().toList();
        } catch (IOException | RuntimeException e) {
            return List.of();
        }
    }
}
