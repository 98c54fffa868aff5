package dev.codeatlas.mcp;

import dev.codeatlas.search.context.Tokens;
import java.io.IOException;

/** One call of a tool: its checked arguments, the workspace, and the budget to answer within. */
public final class ToolCall {

    private final Args args;
    private final Workspace workspace;
    private OpenProject project;

    ToolCall(Args args, Workspace workspace) {
        this.args = args;
        this.workspace = workspace;
    }

    public Args args() {
        return args;
    }

    public Workspace workspace() {
        return workspace;
    }

    /** The project named by {@code project}, or the default one. */
    public OpenProject project() throws IOException {
        if (project == null) {
            project = workspace.project(args.string("project", 200));
        }
        return project;
    }

    /** {@code max_tokens}, default 8,000, capped at 25,000. */
    public int budget() {
        return args.integer("max_tokens", Tokens.DEFAULT_BUDGET, TokenBudget.MIN, Tokens.MAX_BUDGET);
    }

    public int limit(int defaultLimit, int max) {
        return args.integer("limit", defaultLimit, 1, max);
    }

    /** Where a paged answer continues: 0 without a cursor. */
    public int offset() {
        return args.string("cursor", 20).map(c -> {
            if (!c.matches("\\d{1,6}")) {
                throw ToolError.invalidArgument("cursor '" + c + "' is not one this server gave", "pass the cursor of a previous response unchanged");
            }
            return Integer.parseInt(c);
        }).orElse(0);
    }
}
