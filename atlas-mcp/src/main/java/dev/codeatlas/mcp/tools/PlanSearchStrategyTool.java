package dev.codeatlas.mcp.tools;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.codeatlas.mcp.AtlasTool;
import dev.codeatlas.mcp.Json;
import dev.codeatlas.mcp.Schema;
import dev.codeatlas.mcp.ToolCall;
import dev.codeatlas.mcp.ToolResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * plan_search_strategy: which tool and arguments to try for a question, best first, by the
 * question's shape: a relationship between entities, a path, an identifier, or plain words.
 */
public final class PlanSearchStrategyTool implements AtlasTool {

    static final Pattern PATH = Pattern.compile("(?:[\\w.*-]+/)+[\\w.*-]+|\\b[\\w-]+\\.(?:java|kt|scala|py|js|jsx|ts|tsx|go|rs|c|h|cc|cpp|hpp|cs|rb|php|sh|md)\\b");
    static final Pattern IDENT = Pattern.compile("`([^`]{1,200})`|\\b([A-Za-z_$][\\w$]*(?:(?:\\.|::|#)[A-Za-z_$][\\w$]*)+|[a-z]+[A-Z][\\w$]*|[A-Z][a-z0-9]+[A-Z][\\w$]*|[A-Za-z]+_[\\w$]+)(?:\\(\\))?");
    static final Pattern IMPACT = Pattern.compile("\\b(who|what)\\s+(calls|uses|depends|imports|extends|implements|overrides)\\b|\\bcallers?\\b|\\bused by\\b|\\busages?\\b"
            + "|\\bdepend(s|ents|encies)?\\b|\\bimpact\\b|\\bbreak(s)?\\b|\\baffect(s|ed)?\\b|\\bblast\\b|\\bif i change\\b");
    static final Pattern PATHQ = Pattern.compile("\\b(path|reach(es)?|get(s)? to|lead(s)? to|flow(s)? from)\\b|\\bfrom\\b.+\\bto\\b");
    static final Set<String> STOP = Set.of("a", "an", "the", "is", "are", "was", "of", "to", "in", "on", "for", "and", "or", "how", "what", "where",
            "which", "who", "does", "do", "did", "we", "i", "it", "this", "that", "with", "by", "be", "find", "show", "me", "code", "can", "there",
            "when", "why", "any", "all", "get", "from", "into", "our", "my", "function", "method", "class");

    @Override
    public String name() {
        return "plan_search_strategy";
    }

    @Override
    public String description() {
        return "Given a question about the code, suggests which tools to call with which arguments, best first.";
    }

    @Override
    public Map<String, Object> inputSchema() {
        return Schema.object().string("question", "The question, in words", true).build();
    }

    @Override
    public boolean readsProject() {
        return false;
    }

    @Override
    public ToolResponse call(ToolCall call) {
        String q = call.args().requiredString("question");
        String lower = q.toLowerCase(Locale.ROOT);
        List<String> idents = identifiers(q);
        Matcher path = PATH.matcher(q);
        ToolResponse out = new ToolResponse();
        String shape;
        if (idents.size() >= 2 && PATHQ.matcher(lower).find()) {
            shape = "call_path";
            out.add(step("trace_path", Json.object().put("from", idents.get(0)).put("to", idents.get(1)), "call paths between the two entities"));
            out.add(step("get_node", Json.object().put("name", idents.get(0)), "check the first entity if trace_path cannot resolve it"));
        } else if (!idents.isEmpty() && IMPACT.matcher(lower).find()) {
            shape = "dependents";
            out.add(step("blast_radius", Json.object().put("target", idents.get(0)), "transitive dependents with confidence; tests listed apart"));
            out.add(step("get_node", Json.object().put("name", idents.get(0)), "where it is defined"));
        } else if (path.find()) {
            shape = "path";
            String p = path.group();
            String base = p.substring(p.lastIndexOf('/') + 1).replaceAll("\\.[A-Za-z]+$", "");
            String words = keywords(lower.replace(p.toLowerCase(Locale.ROOT), " "));
            out.add(step("hybrid_search", Json.object().put("query", words.isEmpty() ? base : words).put("path", p.contains("*") ? p : "**/" + p + (p.contains(".") ? "" : "/**")),
                    "search inside that file or folder"));
            out.add(step("get_node", Json.object().put("name", p), "the file itself (Module): its qualified name is its path"));
        } else if (!idents.isEmpty()) {
            shape = "identifier";
            out.add(step("get_node", Json.object().put("name", idents.get(0)), "exact symbol lookup, fastest"));
            out.add(step("hybrid_search", Json.object().put("query", idents.get(0)), "if get_node finds nothing or too much"));
            out.add(step("blast_radius", Json.object().put("target", idents.get(0)), "then: who depends on it"));
        } else {
            shape = "natural_language";
            String words = keywords(lower);
            out.add(step("hybrid_search", Json.object().put("query", words.isEmpty() ? q : words), "words and meaning, fused"));
            out.add(step("vector_search", Json.object().put("query", q), "if the words differ from the code's names"));
            out.add(step("text_search", Json.object().put("query", words.isEmpty() ? q : words), "exact terms only"));
        }
        out.extra().put("shape", shape);
        return out;
    }

    static List<String> identifiers(String q) {
        List<String> out = new ArrayList<>();
        Matcher m = IDENT.matcher(q);
        while (m.find()) {
            String s = m.group(1) != null ? m.group(1) : m.group(2);
            s = s.replace("::", ".").replace('#', '.').replaceAll("\\(\\)$", "");
            if (!out.contains(s) && !PATH.matcher(s).matches()) {
                out.add(s);
            }
        }
        return out;
    }

    static String keywords(String lower) {
        List<String> words = new ArrayList<>();
        for (String w : lower.split("[^\\p{L}\\p{N}_]+")) {
            if (!w.isEmpty() && !STOP.contains(w)) {
                words.add(w);
            }
        }
        return String.join(" ", words);
    }

    private static ObjectNode step(String tool, ObjectNode arguments, String why) {
        return Json.object().put("tool", tool).<ObjectNode>set("arguments", arguments).put("why", why);
    }
}
