package dev.codeatlas.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.codeatlas.index.pipeline.AtlasHome;
import dev.codeatlas.model.GraphNode;
import dev.codeatlas.model.Label;
import dev.codeatlas.search.SearchFilters;
import dev.codeatlas.search.SearchHit;
import dev.codeatlas.search.SearchMode;
import dev.codeatlas.search.SearchRequest;
import dev.codeatlas.search.SearchResponse;
import dev.codeatlas.search.Searcher;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "search", mixinStandardHelpOptions = true,
        description = {"Search the index: ranked definitions for a query (an identifier, a path, or words).",
            "Batch form: --queries FILE answers one query per line of FILE with one JSON object per line."})
final class SearchCommand implements Callable<Integer> {

    @Parameters(index = "0", arity = "0..1", paramLabel = "QUERY", description = "What to look for.")
    String query;

    @Option(names = "--queries", paramLabel = "FILE", description = "Answer every line of FILE (one JSON object per line on stdout, in order).")
    Path queries;

    @Option(names = "--path", paramLabel = "ROOT", description = "Indexed root (default: the nearest indexed ancestor of the working directory).")
    Path path;

    @Option(names = "--index-dir", paramLabel = "DIR", description = "Read the index in DIR.")
    Path indexDir;

    @Option(names = {"-n", "--limit"}, paramLabel = "N", defaultValue = "10", description = "How many results (1-" + SearchRequest.MAX_LIMIT + ", default ${DEFAULT-VALUE}).")
    int limit;

    @Option(names = "--mode", paramLabel = "MODE", defaultValue = "hybrid", description = "hybrid (default), text or vector.")
    String mode;

    @Option(names = "--label", paramLabel = "LABEL", split = ",", description = "Only these labels (Callable, TypeDef, Value, Module, DocSection ...).")
    List<String> labels;

    @Option(names = "--kind", paramLabel = "KIND", split = ",", description = "Only these kinds (method, function, class, interface ...).")
    List<String> kinds;

    @Option(names = "--language", paramLabel = "LANG", split = ",", description = "Only these languages (java, python, go ...).")
    List<String> languages;

    @Option(names = "--glob", paramLabel = "GLOB", description = "Only files matching this glob over the root-relative path, e.g. 'src/**/*.java'.")
    String glob;

    @Option(names = "--exclude-tests", description = "Leave out test code.")
    boolean excludeTests;

    @Option(names = "--json", description = "Print JSON (the search result shape of cli-contract.md).")
    boolean json;

    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    public Integer call() throws IOException {
        if ((query == null) == (queries == null)) {
            throw new UserError("give a QUERY or --queries FILE (one of them)");
        }
        if (limit < 1 || limit > SearchRequest.MAX_LIMIT) {
            throw new UserError("--limit must be between 1 and " + SearchRequest.MAX_LIMIT + ", not " + limit);
        }
        SearchMode m;
        try {
            m = SearchMode.parse(mode);
        } catch (IllegalArgumentException e) {
            throw new UserError(e.getMessage());
        }
        SearchFilters filters = new SearchFilters(labels(), set(kinds), set(languages), glob, excludeTests);
        if (queries != null && !Files.isRegularFile(queries)) {
            throw new UserError("no such file: " + queries);
        }
        AtlasHome.Project p = Projects.locate(path, indexDir);
        PrintStream out = System.out;
        try (Searcher searcher = Projects.searcher(p)) {
            if (queries != null) {
                try (BufferedReader r = Files.newBufferedReader(queries, StandardCharsets.UTF_8)) {
                    String line;
                    while ((line = r.readLine()) != null) {
                        SearchResponse resp = searcher.search(new SearchRequest(line, m, limit, filters));
                        out.println(JSON.writeValueAsString(toJson(resp)));
                    }
                }
            } else {
                SearchResponse resp = searcher.search(new SearchRequest(query, m, limit, filters));
                if (json) {
                    out.println(JSON.writeValueAsString(toJson(resp)));
                } else {
                    print(out, resp);
                }
            }
        }
        out.flush();
        return 0;
    }

    private Set<Label> labels() {
        Set<Label> out = new HashSet<>();
        if (labels != null) {
            for (String l : labels) {
                try {
                    out.add(Label.fromWireName(l.strip()));
                } catch (IllegalArgumentException e) {
                    throw new UserError("unknown label '" + l + "' (Module, TypeDef, Callable, Value, DocFile, DocSection, Package)");
                }
            }
        }
        return out;
    }

    private static Set<String> set(List<String> l) {
        return l == null ? Set.of() : Set.copyOf(l.stream().map(String::strip).toList());
    }

    static ObjectNode toJson(SearchResponse r) {
        ObjectNode o = JSON.createObjectNode();
        o.put("query", r.query()).put("count", r.results().size()).put("truncated", r.truncated()).put("query_ms", r.queryMs());
        ArrayNode arr = o.putArray("results");
        for (SearchHit h : r.results()) {
            GraphNode n = h.node();
            ObjectNode x = arr.addObject();
            x.put("uid", n.uid()).put("name", n.name()).put("qualified_name", n.qualifiedName()).put("label", n.label().wireName())
                    .put("kind", n.kind()).put("file", n.file()).put("line_start", n.lineStart()).put("line_end", n.lineEnd())
                    .put("score", h.score());
            if (!n.signature().isEmpty()) {
                x.put("signature", n.signature());
            }
        }
        if (!r.warnings().isEmpty()) {
            ArrayNode w = o.putArray("warnings");
            r.warnings().forEach(w::add);
        }
        return o;
    }

    private static void print(PrintStream out, SearchResponse r) {
        if (r.results().isEmpty()) {
            out.println("no results");
        }
        int i = 1;
        for (SearchHit h : r.results()) {
            GraphNode n = h.node();
            String sig = n.signature().isEmpty() ? n.qualifiedName() : n.signature().replaceAll("\\s+", " ");
            if (sig.length() > 120) {
                sig = sig.substring(0, 117) + "...";
            }
            out.printf("%2d. %s:%d  %s %s%n      %s%n", i++, n.file(), n.lineStart(), n.kind(), n.name(), sig);
        }
        for (String w : r.warnings()) {
            System.err.println("warning: " + w);
        }
        System.err.printf("%d result%s in %.1f ms%s%n", r.results().size(), r.results().size() == 1 ? "" : "s", r.queryMs(),
                r.truncated() ? " (more matched; raise --limit)" : "");
    }
}
