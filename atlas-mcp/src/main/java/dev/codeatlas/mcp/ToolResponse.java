package dev.codeatlas.mcp;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;

/**
 * What a tool found, before it is fitted to the caller's token budget: the results in order,
 * fields that describe the whole answer ({@code extra}), whether more exist, and where these
 * results start when the tool pages with a cursor.
 */
public final class ToolResponse {

    private final List<ObjectNode> results = new ArrayList<>();
    private final ObjectNode extra = Json.object();
    private final List<String> warnings = new ArrayList<>();
    private boolean more;
    private int offset = -1;

    public ToolResponse add(ObjectNode result) {
        results.add(result);
        return this;
    }

    public List<ObjectNode> results() {
        return results;
    }

    /** Fields next to the results (the entity asked about, totals ...). */
    public ObjectNode extra() {
        return extra;
    }

    public ToolResponse warn(String warning) {
        warnings.add(warning);
        return this;
    }

    public List<String> warnings() {
        return warnings;
    }

    /** More results exist beyond these (a limit or a step budget cut them). */
    public ToolResponse more(boolean more) {
        this.more = this.more || more;
        return this;
    }

    public boolean more() {
        return more;
    }

    /** These results start at {@code offset} of a sequence the caller can page through with a cursor. */
    public ToolResponse pagedFrom(int offset) {
        this.offset = offset;
        return this;
    }

    /** The offset of the first result when paged, else -1. */
    public int offset() {
        return offset;
    }
}
