package dev.codeatlas.mcp;

/**
 * A tool call that cannot be answered, reported to the agent as a tool error
 * {@code {error, code, hint}}: what is wrong, a stable code to branch on, what to do instead.
 */
public final class ToolError extends RuntimeException {

    private final String code;
    private final String hint;

    public ToolError(String code, String message, String hint) {
        super(message);
        this.code = code;
        this.hint = hint;
    }

    public static ToolError invalidArgument(String message, String hint) {
        return new ToolError("invalid_argument", message, hint);
    }

    public String code() {
        return code;
    }

    public String hint() {
        return hint;
    }
}
