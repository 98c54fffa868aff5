package dev.codeatlas.cli;

import dev.codeatlas.mcp.Workspace;
import dev.codeatlas.mcp.transport.HttpServer;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serve the MCP tools over Streamable HTTP at http://HOST:PORT/mcp, many sessions at once.",
            "Listens on 127.0.0.1 only unless --allow-remote; refuses browser requests from foreign origins (403);",
            "with ATLAS_TOKEN set, every request must send 'Authorization: Bearer $ATLAS_TOKEN'."})
final class ServeCommand implements Callable<Integer> {

    @Option(names = "--port", paramLabel = "N", defaultValue = "8765", description = "TCP port (default: ${DEFAULT-VALUE}; 0 picks a free one).")
    int port;

    @Option(names = "--host", paramLabel = "ADDRESS", defaultValue = "127.0.0.1", description = "Address to listen on (default: ${DEFAULT-VALUE}).")
    String host;

    @Option(names = "--allow-remote", description = "Allow a non-loopback --host (e.g. 0.0.0.0). Set ATLAS_TOKEN too.")
    boolean allowRemote;

    @Option(names = "--allow-origin", paramLabel = "ORIGIN", description = "Also accept browser requests from ORIGIN (e.g. https://app.example); repeatable.")
    List<String> allowOrigins = new ArrayList<>();

    @Option(names = "--path", paramLabel = "ROOT", description = "Indexed root to answer for by default (default: the working directory's, if indexed).")
    Path path;

    @Option(names = "--index-dir", paramLabel = "DIR", description = "Serve the index in DIR by default.")
    Path indexDir;

    @Option(names = "--refresh", description = "Re-index (a delta, in this process) before answering when files changed since the last index.")
    boolean refresh;

    @Option(names = "--warm-up", paramLabel = "SECONDS", defaultValue = "${env:ATLAS_SERVE_WARMUP:-8}",
            description = "Before listening, run searches sampled from the index for at most SECONDS so the first clients meet warm code (default: ${DEFAULT-VALUE}; 0 turns it off; env ATLAS_SERVE_WARMUP).")
    double warmUp;

    /** Warm-up calls at most (a few seconds' worth on a warm server). */
    static final int WARM_UP_CALLS = 3_000;
    /** Warm-up sessions at once (as many as a small machine's cores). */
    static final int WARM_UP_SESSIONS = 2;

    @Override
    public Integer call() throws Exception {
        if (port < 0 || port > 65_535) {
            throw new UserError("--port must be between 0 and 65535");
        }
        Optional<String> token = Optional.ofNullable(System.getenv("ATLAS_TOKEN")).filter(t -> !t.isBlank());
        if (!(warmUp >= 0) || warmUp > 600) {
            throw new UserError("--warm-up must be between 0 and 600 seconds");
        }
        Workspace workspace = McpCommand.workspace(path, indexDir, refresh);
        HttpServer server;
        try {
            server = HttpServer.start(workspace, new HttpServer.Options(host, port, allowRemote, token, allowOrigins),
                    new HttpServer.WarmUp(Duration.ofMillis(Math.round(warmUp * 1000)), WARM_UP_CALLS, WARM_UP_SESSIONS,
                            m -> System.err.println("atlas serve: " + m)));
        } catch (IllegalArgumentException e) {
            workspace.close();
            throw new UserError(e.getMessage());
        } catch (IOException e) {
            workspace.close();
            throw new UserError("cannot listen on " + host + ":" + port + " (" + e.getMessage() + "); pick another --port");
        }
        if (allowRemote && token.isEmpty()) {
            System.err.println("atlas serve: warning: listening beyond loopback without ATLAS_TOKEN: anyone who can reach the port can query the index");
        }
        System.err.println("atlas serve: MCP on http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + server.port() + HttpServer.ENDPOINT
                + (token.isPresent() ? " (bearer token required)" : "") + workspace.defaultProject().map(p -> "; default project " + p.name()).orElse(""));
        try (workspace; server) {
            server.join();
        }
        return 0;
    }
}
