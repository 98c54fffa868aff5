package dev.codeatlas.cli;

import dev.codeatlas.index.export.GraphExport;
import dev.codeatlas.index.pipeline.AtlasHome;
import dev.codeatlas.index.store.LuceneGraphStore;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Print the whole graph as JSON lines on stdout: {\"type\":\"node\",...} then {\"type\":\"edge\",...}.")
final class ExportCommand implements Callable<Integer> {

    @Option(names = "--path", paramLabel = "ROOT", description = "Indexed root (default: the nearest indexed ancestor of the working directory).")
    Path path;

    @Option(names = "--index-dir", paramLabel = "DIR", description = "Read the index in DIR.")
    Path indexDir;

    @Override
    public Integer call() throws IOException {
        AtlasHome.Project p = Projects.locate(path, indexDir);
        OutputStream out = new BufferedOutputStream(System.out, 1 << 16);
        try (LuceneGraphStore store = Projects.open(p); GraphExport ex = new GraphExport(out)) {
            store.forEachNode(n -> {
                try {
                    ex.node(n);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            store.forEachEdge(e -> {
                try {
                    ex.edge(e);
                } catch (IOException io) {
                    throw new UncheckedIOException(io);
                }
            });
        }
        out.flush();
        return 0;
    }
}
