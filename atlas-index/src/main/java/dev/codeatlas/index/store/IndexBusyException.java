package dev.codeatlas.index.store;

import java.nio.file.Path;

/** Another process holds the write lock of an index. */
public final class IndexBusyException extends RuntimeException {
    public IndexBusyException(Path dir) {
        super("another 'atlas index' is writing the index at " + dir + "; wait for it to finish, then run again");
    }
}
