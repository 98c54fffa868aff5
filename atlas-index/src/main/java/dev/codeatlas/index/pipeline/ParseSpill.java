package dev.codeatlas.index.pipeline;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashMap;
import java.util.Map;

/**
 * The whole parses of this run's files, spilled to a temporary file between parsing and
 * resolution so that memory holds only the files' interfaces, never every file's references.
 * Appends come from one thread; reads may come from many.
 */
final class ParseSpill implements AutoCloseable {
    private final Path file;
    private final FileChannel channel;
    private final Map<String, long[]> where = new HashMap<>();
    private long end;

    ParseSpill(Path dir) throws IOException {
        Files.createDirectories(dir);
        this.file = Files.createTempFile(dir, ".atlas-parse-", ".spill");
        this.channel = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE,
                StandardOpenOption.DELETE_ON_CLOSE);
    }

    synchronized void put(String path, byte[] bytes) throws IOException {
        ByteBuffer b = ByteBuffer.wrap(bytes);
        long at = end;
        while (b.hasRemaining()) {
            end += channel.write(b, end);
        }
        where.put(path, new long[] {at, bytes.length});
    }

    byte[] get(String path) throws IOException {
        long[] w;
        synchronized (this) {
            w = where.get(path);
        }
        if (w == null) {
            throw new IOException("no spilled parse for " + path);
        }
        ByteBuffer b = ByteBuffer.allocate((int) w[1]);
        long at = w[0];
        while (b.hasRemaining()) {
            int n = channel.read(b, at + b.position());
            if (n < 0) {
                throw new IOException("spill file truncated at " + path);
            }
        }
        return b.array();
    }

    @Override
    public void close() throws IOException {
        try {
            channel.close();
        } finally {
            Files.deleteIfExists(file);
        }
    }
}
