package dev.codeatlas.cli;

import java.io.PrintStream;
import java.util.Locale;

/** Progress on stderr: a self-rewriting line on a terminal, a line every few seconds otherwise. */
final class Progress {
    private final boolean quiet;
    private final boolean terminal = System.console() != null;
    private final PrintStream err = System.err;
    private long lastLine;
    private boolean dirty;

    Progress(boolean quiet) {
        this.quiet = quiet;
    }

    synchronized void update(String format, Object... args) {
        if (quiet) {
            return;
        }
        String text = String.format(Locale.ROOT, format, args);
        if (terminal) {
            err.print("\r" + text + "\u001b[K");
            dirty = true;
        } else {
            long now = System.nanoTime();
            if (now - lastLine > 5_000_000_000L) {
                err.println(text);
                lastLine = now;
            }
        }
    }

    synchronized void line(String text) {
        clear();
        err.println(text);
    }

    synchronized void done(String text) {
        if (quiet) {
            return;
        }
        line(text);
    }

    private void clear() {
        if (dirty) {
            err.print("\r\u001b[K");
            dirty = false;
        }
    }
}
