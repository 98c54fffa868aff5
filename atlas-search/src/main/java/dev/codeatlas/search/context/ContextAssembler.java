package dev.codeatlas.search.context;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.codeatlas.index.store.GraphStore;
import dev.codeatlas.model.GraphNode;
import dev.codeatlas.model.Label;
import dev.codeatlas.model.RelType;
import dev.codeatlas.search.graph.GraphView;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Assembles what an agent needs to work on one entity, in priority order, within a token
 * budget: the entity (signature, doc comment, source), its callers and callees (depth 1 to 3,
 * by confidence, then centrality), its parent, supertypes and subtypes, siblings, the doc
 * sections that mention it, and its file's imports. Sections are filled best item first until
 * the budget is spent; every section that lost items says so in {@code cut}.
 */
public final class ContextAssembler {

    public static final int MAX_DEPTH = 3;
    /** The source may take at most this share of the budget, so neighbours always get room. */
    static final double SOURCE_SHARE = 0.5;
    static final int MAX_ITEMS = 50;

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<RelType> CALLS = EnumSet.of(RelType.CALLS);
    private static final Set<RelType> TYPES_UP = EnumSet.of(RelType.INHERITS, RelType.IMPLEMENTS, RelType.OVERRIDES);
    private static final Set<RelType> CONTAINS = EnumSet.of(RelType.CONTAINS, RelType.DEFINES);
    private static final Set<RelType> DOCUMENTS = EnumSet.of(RelType.DOCUMENTS);
    private static final Set<RelType> IMPORTS = EnumSet.of(RelType.IMPORTS);

    private final GraphStore store;
    private final GraphView graph;
    private final Path root;

    public ContextAssembler(GraphStore store, GraphView graph) {
        this.store = store;
        this.graph = graph;
        this.root = Path.of(store.meta().root());
    }

    /** Empty when the uid is not in the graph. */
    public Optional<ContextResult> assemble(String uid, int depth, int budget) throws IOException {
        int id = graph.id(uid);
        Optional<GraphNode> node = store.node(uid);
        if (id < 0 || node.isEmpty()) {
            return Optional.empty();
        }
        int d = Math.max(1, Math.min(depth, MAX_DEPTH));
        int b = Tokens.clampBudget(budget);
        GraphNode n = node.get();
        List<String> cut = new ArrayList<>();

        ObjectNode out = JSON.createObjectNode();
        ObjectNode entity = full(n);
        out.set("entity", entity);
        int used = Tokens.count(out.toString()) + 40; // room for the closing fields
        if (used > b) {
            entity.remove("docstring");
            cut.add("docstring: left out");
            used = Tokens.count(out.toString()) + 40;
        }

        // source, within its share
        Optional<String> source = source(n);
        if (source.isPresent()) {
            int room = (int) Math.min(b - used, b * SOURCE_SHARE);
            String src = fit(source.get(), room);
            if (!src.isEmpty()) {
                entity.put("source", src);
                used += Tokens.count(src) + 4;
                if (src.length() < source.get().length()) {
                    cut.add("source: cut after " + src.split("\n", -1).length + " of " + source.get().split("\n", -1).length + " lines");
                }
            } else {
                cut.add("source: left out");
            }
        }

        // neighbours, in priority order
        List<Section> sections = new ArrayList<>();
        sections.add(new Section("callers", walk(id, false, CALLS, d)));
        sections.add(new Section("callees", walk(id, true, CALLS, d)));
        sections.add(new Section("parent", parent(id)));
        sections.add(new Section("supertypes", walk(id, true, TYPES_UP, 1)));
        sections.add(new Section("subtypes", walk(id, false, TYPES_UP, 1)));
        sections.add(new Section("siblings", siblings(id)));
        sections.add(new Section("docs", walk(id, false, DOCUMENTS, 1)));
        sections.add(new Section("imports", imports(id)));
        for (Section s : sections) {
            if (s.items.isEmpty()) {
                continue;
            }
            ArrayNode arr = out.putArray(s.name);
            int kept = 0;
            for (Item it : s.items) {
                if (kept == MAX_ITEMS) {
                    break;
                }
                ObjectNode o = brief(it);
                if (o == null) {
                    continue;
                }
                int cost = Tokens.count(o.toString()) + 1;
                if (used + cost > b) {
                    break;
                }
                arr.add(o);
                used += cost;
                kept++;
            }
            if (kept < s.items.size()) {
                cut.add(s.name + ": " + kept + " of " + s.items.size() + " shown");
            }
            if (kept == 0) {
                out.remove(s.name);
            }
        }
        out.put("truncated", !cut.isEmpty());
        if (!cut.isEmpty()) {
            ArrayNode c = out.putArray("cut");
            cut.forEach(c::add);
        }
        // the estimate above counts pieces; the whole is what is promised: trim until it fits
        out.put("tokens", 0);
        int tokens = Tokens.count(out.toString());
        while (tokens > b && trimLast(out)) {
            tokens = Tokens.count(out.toString());
        }
        // the count includes its own field: settle it (a digit more can change it once)
        for (int i = 0; i < 3; i++) {
            out.put("tokens", tokens);
            int again = Tokens.count(out.toString());
            if (again == tokens) {
                break;
            }
            tokens = again;
        }
        return Optional.of(new ContextResult(out, tokens, b, !cut.isEmpty(), List.copyOf(cut)));
    }

    private record Item(int id, int depth, double confidence, String rel) {
    }

    private record Section(String name, List<Item> items) {
    }

    /** Breadth-first over the given relationships up to depth, best (confidence, centrality) first per level. */
    private List<Item> walk(int start, boolean outgoing, Set<RelType> rels, int depth) {
        Map<Integer, Item> seen = new LinkedHashMap<>();
        List<Item> frontier = List.of(new Item(start, 0, 1.0, ""));
        for (int level = 1; level <= depth && !frontier.isEmpty(); level++) {
            Map<Integer, Item> next = new HashMap<>();
            for (Item f : frontier) {
                final int lv = level;
                graph.forEachNeighbour(f.id(), outgoing, rels, (other, rel, conf) -> {
                    if (other == start || seen.containsKey(other)) {
                        return;
                    }
                    double c = f.confidence() * conf;
                    Item prev = next.get(other);
                    if (prev == null || prev.confidence() < c) {
                        next.put(other, new Item(other, lv, c, rel.name()));
                    }
                });
            }
            List<Item> ordered = new ArrayList<>(next.values());
            ordered.sort(Comparator.comparingDouble((Item i) -> -i.confidence())
                    .thenComparingDouble(i -> -graph.centrality(i.id()))
                    .thenComparing(i -> graph.uid(i.id())));
            for (Item i : ordered) {
                seen.put(i.id(), i);
            }
            frontier = ordered;
        }
        return new ArrayList<>(seen.values());
    }

    private List<Item> parent(int id) {
        List<Item> out = new ArrayList<>();
        graph.forEachNeighbour(id, false, CONTAINS, (other, rel, conf) -> out.add(new Item(other, 1, 1.0, rel.name())));
        return out.isEmpty() ? out : List.of(out.get(0));
    }

    private List<Item> siblings(int id) {
        List<Item> out = new ArrayList<>();
        for (Item p : parent(id)) {
            if (graph.label(p.id()) == Label.PACKAGE) {
                continue; // every file of a package is not a useful sibling list
            }
            graph.forEachNeighbour(p.id(), true, CONTAINS, (other, rel, conf) -> {
                if (other != id) {
                    out.add(new Item(other, 1, 1.0, "SIBLING"));
                }
            });
        }
        out.sort(Comparator.comparingDouble((Item i) -> -graph.centrality(i.id())).thenComparing(i -> graph.uid(i.id())));
        return out;
    }

    private List<Item> imports(int id) {
        // the entity's file: walk up CONTAINS/DEFINES to the module
        int cur = id;
        for (int guard = 0; guard < 32 && graph.label(cur) != Label.MODULE; guard++) {
            List<Item> p = parent(cur);
            if (p.isEmpty()) {
                return List.of();
            }
            cur = p.get(0).id();
        }
        if (graph.label(cur) != Label.MODULE) {
            return List.of();
        }
        List<Item> out = new ArrayList<>();
        graph.forEachNeighbour(cur, true, IMPORTS, (other, rel, conf) -> out.add(new Item(other, 1, conf, rel.name())));
        return out;
    }

    private ObjectNode brief(Item it) throws IOException {
        Optional<GraphNode> n = store.node(graph.uid(it.id()));
        if (n.isEmpty()) {
            return null;
        }
        GraphNode g = n.get();
        ObjectNode o = JSON.createObjectNode();
        o.put("uid", g.uid()).put("name", g.name()).put("kind", g.kind());
        if (!g.file().isEmpty()) {
            o.put("file", g.file()).put("line", g.lineStart());
        }
        if (!g.signature().isEmpty()) {
            o.put("signature", oneLine(g.signature(), 160));
        }
        if (it.depth() > 1) {
            o.put("depth", it.depth());
        }
        if (it.confidence() < 1.0) {
            o.put("confidence", Math.round(it.confidence() * 100) / 100.0);
        }
        return o;
    }

    static ObjectNode full(GraphNode n) {
        ObjectNode o = JSON.createObjectNode();
        o.put("uid", n.uid()).put("name", n.name()).put("qualified_name", n.qualifiedName()).put("label", n.label().wireName())
                .put("kind", n.kind());
        if (!n.file().isEmpty()) {
            o.put("file", n.file()).put("line_start", n.lineStart()).put("line_end", n.lineEnd());
        }
        if (!n.signature().isEmpty()) {
            o.put("signature", n.signature());
        }
        if (!n.docstring().isEmpty()) {
            o.put("docstring", n.docstring());
        }
        return o;
    }

    /** The entity's lines from its file, only when the file is inside the indexed root. */
    private Optional<String> source(GraphNode n) {
        if (n.file().isEmpty() || n.label() == Label.MODULE || n.label() == Label.PACKAGE) {
            return Optional.empty();
        }
        try {
            Path realRoot = root.toRealPath();
            Path f = realRoot.resolve(n.file()).normalize();
            if (!f.startsWith(realRoot) || !Files.isRegularFile(f) || !f.toRealPath().startsWith(realRoot)) {
                return Optional.empty();
            }
            List<String> lines = Files.readAllLines(f, StandardCharsets.UTF_8);
            int from = Math.max(1, n.lineStart());
            int to = Math.min(lines.size(), n.lineEnd());
            if (from > to) {
                return Optional.empty();
            }
            return Optional.of(String.join("\n", lines.subList(from - 1, to)));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** The longest prefix of whole lines within {@code tokens}. */
    static String fit(String text, int tokens) {
        if (tokens <= 0) {
            return "";
        }
        if (Tokens.count(text) <= tokens) {
            return text;
        }
        String[] lines = text.split("\n", -1);
        int lo = 0;
        int hi = lines.length;
        while (lo < hi) { // the largest line count that fits
            int mid = (lo + hi + 1) / 2;
            if (Tokens.count(String.join("\n", java.util.Arrays.copyOf(lines, mid))) <= tokens) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return String.join("\n", java.util.Arrays.copyOf(lines, lo));
    }

    private static String oneLine(String s, int max) {
        String o = s.replaceAll("\\s+", " ").strip();
        return o.length() > max ? o.substring(0, max - 3) + "..." : o;
    }

    /** Drops the last item of the last non-empty list section; false when nothing is left to drop. */
    private static boolean trimLast(ObjectNode out) {
        List<String> names = new ArrayList<>();
        out.fieldNames().forEachRemaining(names::add);
        for (int i = names.size() - 1; i >= 0; i--) {
            if (out.get(names.get(i)) instanceof ArrayNode a && !a.isEmpty() && !names.get(i).equals("cut")) {
                a.remove(a.size() - 1);
                out.put("truncated", true);
                return true;
            }
        }
        ObjectNode e = (ObjectNode) out.get("entity");
        if (e != null && e.has("source")) {
            e.remove("source");
            return true;
        }
        for (String f : List.of("docstring", "signature", "qualified_name", "line_end")) {
            if (e != null && e.has(f)) {
                e.remove(f);
                out.put("truncated", true);
                return true;
            }
        }
        if (out.get("cut") instanceof ArrayNode c && c.size() > 1) {
            c.remove(c.size() - 1); // last resort: say less about what was cut
            return true;
        }
        return false;
    }
}
