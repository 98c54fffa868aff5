package dev.codeatlas.cli;

/** A problem the user can fix; reported as one line on stderr with exit code 1. */
public final class UserError extends RuntimeException {
    public UserError(String message) {
        super(message);
    }
}
