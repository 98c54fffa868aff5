package dev.codeatlas.cli;

import dev.codeatlas.index.pipeline.AtlasHome;
import dev.codeatlas.mcp.Workspace;
import dev.codeatlas.mcp.transport.StdioServer;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "mcp", mixinStandardHelpOptions = true,
        description = {"Serve the MCP tools over stdio: JSON-RPC on stdin/stdout, logs on stderr; exits when stdin closes.",
            "Tools answer for the project of --path (or the working directory's); any other indexed project by its name."})
final class McpCommand implements Callable<Integer> {

    @Option(names = "--path", paramLabel = "ROOT", description = "Indexed root to answer for by default (default: the nearest indexed ancestor of the working directory, if any).")
    Path path;

    @Option(names = "--index-dir", paramLabel = "DIR", description = "Serve the index in DIR by default.")
    Path indexDir;

    @Option(names = "--refresh", description = "Re-index (a delta, in this process) before answering when files changed since the last index.")
    boolean refresh;

    @Override
    public Integer call() throws IOException, InterruptedException {
        Workspace workspace = workspace(path, indexDir, refresh);
        // Only JSON-RPC may reach stdout: anything else printed by mistake goes to stderr.
        OutputStream stdout = new FileOutputStream(FileDescriptor.out);
        System.setOut(new PrintStream(new FileOutputStream(FileDescriptor.err), true));
        try (workspace) {
            StdioServer.run(workspace, System.in, stdout);
        }
        return 0;
    }

    /** The default project: --index-dir or --path when given (an error when not indexed), else the working directory's if indexed. */
    static Workspace workspace(Path path, Path indexDir, boolean refresh) throws IOException {
        AtlasHome home = AtlasHome.fromEnvironment();
        Optional<AtlasHome.Project> project = path != null || indexDir != null
                ? Optional.of(Projects.locate(path, indexDir))
                : home.find(Path.of("").toAbsolutePath());
        return new Workspace(home, project, new Workspace.Options(refresh));
    }
}
