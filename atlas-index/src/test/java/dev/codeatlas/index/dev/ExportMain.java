package dev.codeatlas.index.dev;

import dev.codeatlas.index.export.GraphExport;
import dev.codeatlas.index.resolve.CodeGraph;
import dev.codeatlas.index.resolve.GraphBuilder;
import dev.codeatlas.model.GraphEdge;
import dev.codeatlas.model.GraphNode;
import dev.codeatlas.model.ParsedFile;
import dev.codeatlas.parser.SourceParser;
import dev.codeatlas.parser.scan.SourceWalker;
import java.io.BufferedOutputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Developer tool: parse a tree, build the graph, write the export (for score_calls.py --export-file). */
public final class ExportMain {
    public static void main(String[] args) throws Exception {
        Path root = Path.of(args[0]);
        SourceParser parser = new SourceParser();
        List<ParsedFile> files = new ArrayList<>();
        new SourceWalker(root, true, r -> parser.registry().forPath(r).isPresent()).walk((p, rel, size) -> files.add(parser.parseFile(p, rel)));
        long t0 = System.nanoTime();
        CodeGraph g = GraphBuilder.build("p", files);
        System.err.printf("graph: %d nodes %d edges in %.2f s%n", g.nodes().size(), g.edges().size(), (System.nanoTime() - t0) / 1e9);
        g.stats().byLanguage().forEach((l, c) -> System.err.printf("  %s calls %d resolved %d (%.1f%%)%n", l, c[0], c[1], 100.0 * c[1] / c[0]));
        System.err.println("  strategies " + g.stats().byStrategy());
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(Path.of(args[1]))); GraphExport ex = new GraphExport(out)) {
            for (GraphNode n : g.nodes()) {
                ex.node(n);
            }
            for (GraphEdge e : g.edges()) {
                ex.edge(e);
            }
        }
    }
}
