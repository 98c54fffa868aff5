package dev.codeatlas.mcp;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A tool call's arguments, read with the types the schema promises. Anything else (a missing
 * required value, a wrong type, an unknown name, an oversized string, a path that leaves the
 * root) is a {@link ToolError} that names the argument; a value over its maximum is capped
 * with a warning, since every answer is bounded anyway.
 */
public final class Args {

    /** Longest string any argument may carry. */
    public static final int MAX_STRING = 2_000;

    private final String tool;
    private final Map<String, Object> values;
    private final List<String> warnings = new ArrayList<>();

    public Args(String tool, Map<String, Object> values, Set<String> known) {
        this.tool = tool;
        this.values = values == null ? Map.of() : values;
        for (String k : this.values.keySet()) {
            if (!known.contains(k)) {
                throw ToolError.invalidArgument("unknown argument '" + clip(k) + "' for " + tool,
                        "arguments of " + tool + ": " + String.join(", ", known.stream().sorted().toList()));
            }
        }
    }

    public List<String> warnings() {
        return warnings;
    }

    public boolean has(String name) {
        return values.get(name) != null;
    }

    public String requiredString(String name) {
        return string(name).orElseThrow(() -> ToolError.invalidArgument("missing required argument '" + name + "'",
                "call " + tool + " with {\"" + name + "\": \"...\"}"));
    }

    public Optional<String> string(String name) {
        return string(name, MAX_STRING);
    }

    public Optional<String> string(String name, int maxLength) {
        Object v = values.get(name);
        if (v == null) {
            return Optional.empty();
        }
        if (!(v instanceof String s)) {
            throw wrongType(name, "a string", v);
        }
        if (s.length() > maxLength) {
            throw ToolError.invalidArgument("argument '" + name + "' is " + s.length() + " characters long; the maximum is " + maxLength,
                    "send a shorter " + name);
        }
        if (s.indexOf('\0') >= 0) {
            throw ToolError.invalidArgument("argument '" + name + "' contains a NUL character", "send plain text");
        }
        String t = s.strip();
        if (t.isEmpty()) {
            throw ToolError.invalidArgument("argument '" + name + "' is empty", "send a non-empty " + name);
        }
        return Optional.of(t);
    }

    /** An integer in [min, max]; below min is an error, above max is capped with a warning. */
    public int integer(String name, int defaultValue, int min, int max) {
        Object v = values.get(name);
        if (v == null) {
            return defaultValue;
        }
        if (!(v instanceof Number n) || n.doubleValue() != Math.rint(n.doubleValue()) || Double.isInfinite(n.doubleValue())) {
            throw wrongType(name, "an integer", v);
        }
        double d = n.doubleValue();
        if (d < min) {
            throw ToolError.invalidArgument("argument '" + name + "' is " + format(d) + "; it must be at least " + min,
                    "omit " + name + " for the default (" + defaultValue + ")");
        }
        if (d > max) {
            warnings.add(name + " " + format(d) + " capped at " + max);
            return max;
        }
        return (int) d;
    }

    /** A number in [min, max]. */
    public double number(String name, double defaultValue, double min, double max) {
        Object v = values.get(name);
        if (v == null) {
            return defaultValue;
        }
        if (!(v instanceof Number n) || Double.isNaN(n.doubleValue())) {
            throw wrongType(name, "a number", v);
        }
        double d = n.doubleValue();
        if (d < min || d > max) {
            throw ToolError.invalidArgument("argument '" + name + "' is " + d + "; it must be between " + min + " and " + max,
                    "omit " + name + " for the default (" + defaultValue + ")");
        }
        return d;
    }

    public boolean bool(String name, boolean defaultValue) {
        Object v = values.get(name);
        if (v == null) {
            return defaultValue;
        }
        if (!(v instanceof Boolean b)) {
            throw wrongType(name, "true or false", v);
        }
        return b;
    }

    /** A list of short strings (a single string is taken as a one-element list). */
    public List<String> strings(String name, int maxItems) {
        Object v = values.get(name);
        if (v == null) {
            return List.of();
        }
        List<?> raw = v instanceof String ? List.of(v) : v instanceof List<?> l ? l : null;
        if (raw == null) {
            throw wrongType(name, "a list of strings", v);
        }
        if (raw.size() > maxItems) {
            throw ToolError.invalidArgument("argument '" + name + "' has " + raw.size() + " items; the maximum is " + maxItems, "send fewer");
        }
        List<String> out = new ArrayList<>();
        for (Object o : raw) {
            if (!(o instanceof String s) || s.isBlank() || s.length() > 200) {
                throw wrongType(name, "a list of non-empty strings (at most 200 characters each)", v);
            }
            out.add(s.strip());
        }
        return out;
    }

    /**
     * A root-relative path or glob: never absolute, never with a ".." segment, '/' separators.
     * No tool reads files by it; it only filters what the index holds.
     */
    public Optional<String> relativePath(String name) {
        Optional<String> p = string(name, 500);
        p.ifPresent(s -> {
            String n = s.replace('\\', '/');
            boolean absolute = n.startsWith("/") || n.startsWith("~") || n.matches("^[A-Za-z]:.*");
            boolean up = ("/" + n + "/").contains("/../") || n.equals("..");
            if (absolute || up || !s.equals(n)) {
                throw new ToolError("path_outside_root", "argument '" + name + "' must be a path relative to the project root, without '..' ('"
                        + clip(s) + "')", "use a root-relative path or glob such as src/**/*.java");
            }
        });
        return p;
    }

    private ToolError wrongType(String name, String expected, Object v) {
        String got = v instanceof String ? "a string" : v instanceof Number ? "a number" : v instanceof Boolean ? "a boolean"
                : v instanceof List ? "a list" : v instanceof Map ? "an object" : "a " + v.getClass().getSimpleName();
        return ToolError.invalidArgument("argument '" + name + "' must be " + expected + ", got " + got, "see the input schema of " + tool);
    }

    private static String format(double d) {
        return Math.abs(d) < 1e15 ? Long.toString((long) d) : String.format("%.3g", d);
    }

    private static String clip(String s) {
        return s.length() <= 60 ? s : s.substring(0, 60) + "...";
    }
}
