package dev.codeatlas.parser;

import java.time.Duration;

/**
 * Limits applied to every file.
 *
 * @param maxFileBytes files larger than this are not parsed (reported as skipped)
 * @param timeLimit    per-file budget for parsing plus querying
 */
public record ParserOptions(long maxFileBytes, Duration timeLimit) {

    public static final long DEFAULT_MAX_FILE_BYTES = 1024 * 1024;
    public static final Duration DEFAULT_TIME_LIMIT = Duration.ofSeconds(10);

    public static ParserOptions defaults() {
        return new ParserOptions(DEFAULT_MAX_FILE_BYTES, DEFAULT_TIME_LIMIT);
    }
}
