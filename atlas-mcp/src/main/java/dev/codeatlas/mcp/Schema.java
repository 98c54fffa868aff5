package dev.codeatlas.mcp;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A small builder for tool input schemas, with the arguments many tools share. */
public final class Schema {

    private final Map<String, Object> properties = new LinkedHashMap<>();
    private final List<String> required = new ArrayList<>();

    public static Schema object() {
        return new Schema();
    }

    public Schema string(String name, String description, boolean isRequired) {
        return prop(name, "string", description, isRequired);
    }

    public Schema integer(String name, String description) {
        return prop(name, "integer", description, false);
    }

    public Schema number(String name, String description) {
        return prop(name, "number", description, false);
    }

    public Schema bool(String name, String description) {
        return prop(name, "boolean", description, false);
    }

    public Schema strings(String name, String description) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("type", "array");
        p.put("items", Map.of("type", "string"));
        p.put("description", description);
        properties.put(name, p);
        return this;
    }

    /** {@code project}: which indexed project (default: the server's). */
    public Schema project() {
        return string("project", "Project name (list_projects); default: the server's project", false);
    }

    /** {@code limit} and {@code max_tokens}. */
    public Schema bounds(int defaultLimit, int maxLimit) {
        integer("limit", "Max results (default " + defaultLimit + ", max " + maxLimit + ")");
        return integer("max_tokens", "Response budget in tokens (default 8000, max 25000)");
    }

    /** {@code cursor}: continue a truncated answer. */
    public Schema cursor() {
        return string("cursor", "From a truncated response, to get the next page", false);
    }

    private Schema prop(String name, String type, String description, boolean isRequired) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("type", type);
        p.put("description", description);
        properties.put(name, p);
        if (isRequired) {
            required.add(name);
        }
        return this;
    }

    public Map<String, Object> build() {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("type", "object");
        s.put("properties", properties);
        if (!required.isEmpty()) {
            s.put("required", required);
        }
        s.put("additionalProperties", false);
        return s;
    }
}
