package dev.codeatlas.mcp.transport;

import dev.codeatlas.mcp.AtlasMcpServer;
import dev.codeatlas.mcp.Workspace;
import io.modelcontextprotocol.server.McpServer;
import io.modelcontextprotocol.server.McpSyncServer;
import io.modelcontextprotocol.server.transport.HttpServletStreamableServerTransportProvider;
import jakarta.servlet.DispatcherType;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.eclipse.jetty.ee10.servlet.FilterHolder;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

/** MCP over Streamable HTTP at {@code /mcp}, in Jetty: many sessions at once, guarded by {@link OriginGuard}. */
public final class HttpServer implements AutoCloseable {

    public static final String ENDPOINT = "/mcp";

    /**
     * @param allowRemote   listen on a non-loopback address (only when asked for explicitly)
     * @param token         bearer token every request must carry, if any
     * @param allowedOrigins browser origins allowed besides loopback ones
     */
    public record Options(String host, int port, boolean allowRemote, Optional<String> token, List<String> allowedOrigins) {
    }

    private final Server jetty;
    private final McpSyncServer mcp;
    private final ServerConnector connector;

    private HttpServer(Server jetty, ServerConnector connector, McpSyncServer mcp) {
        this.jetty = jetty;
        this.connector = connector;
        this.mcp = mcp;
    }

    /** Whether {@code host} names only loopback addresses. */
    public static boolean isLoopback(String host) throws UnknownHostException {
        for (InetAddress a : InetAddress.getAllByName(host)) {
            if (!a.isLoopbackAddress()) {
                return false;
            }
        }
        return true;
    }

    public static HttpServer start(Workspace workspace, Options o) throws Exception {
        return start(workspace, o, WarmUp.NONE);
    }

    /**
     * How to warm up before listening: hybrid_search calls over loopback HTTP for at most
     * {@code budget}, at most {@code maxCalls}, from {@code sessions} sessions at once; the
     * graph of the default project loads meanwhile. {@code log} hears what was done.
     */
    public record WarmUp(Duration budget, int maxCalls, int sessions, java.util.function.Consumer<String> log) {
        public static final WarmUp NONE = new WarmUp(Duration.ZERO, 0, 0, m -> { });
    }

    /** Starts the server; with a warm-up, the port is bound only after it (clients meet compiled code). */
    public static HttpServer start(Workspace workspace, Options o, WarmUp warmUp) throws Exception {
        boolean loopback = isLoopback(o.host());
        if (!loopback && !o.allowRemote()) {
            throw new IllegalArgumentException("refusing to listen on " + o.host() + ": it is reachable from other machines; "
                    + "use --host 127.0.0.1, or pass --allow-remote (and set ATLAS_TOKEN) if you mean it");
        }
        HttpServletStreamableServerTransportProvider transport = HttpServletStreamableServerTransportProvider.builder()
                .jsonMapper(AtlasMcpServer.JSON).mcpEndpoint(ENDPOINT).build();
        // tool calls run on the Jetty thread that received them (no hand-off to another pool per call)
        McpSyncServer mcp = AtlasMcpServer.configure(McpServer.sync(transport), workspace).immediateExecution(true).build();

        QueuedThreadPool pool = new QueuedThreadPool(200, 8);
        pool.setName("atlas-http");
        Server jetty = new Server(pool);
        ServerConnector connector = new ServerConnector(jetty);
        connector.setHost(o.host());
        connector.setPort(o.port());
        boolean warm = !warmUp.budget().isZero() && !warmUp.budget().isNegative() && warmUp.maxCalls() > 0;
        ServerConnector warmConnector = null;
        if (warm && o.port() != 0) {
            // a port in use is reported now, not after the warm-up
            try (java.net.ServerSocket probe = new java.net.ServerSocket()) {
                probe.setReuseAddress(true);
                probe.bind(new java.net.InetSocketAddress(o.host(), o.port()));
            }
        }
        if (warm) {
            warmConnector = new ServerConnector(jetty);
            warmConnector.setHost("127.0.0.1");
            warmConnector.setPort(0);
            jetty.addConnector(warmConnector);
        } else {
            jetty.addConnector(connector);
        }
        ServletContextHandler context = new ServletContextHandler();
        context.setContextPath("/");
        FilterHolder guard = new FilterHolder(new OriginGuard(o.allowedOrigins(), loopback, o.token()));
        guard.setAsyncSupported(true);
        context.addFilter(guard, "/*", EnumSet.of(DispatcherType.REQUEST));
        ServletHolder servlet = new ServletHolder(transport);
        servlet.setAsyncSupported(true);
        context.addServlet(servlet, ENDPOINT);
        jetty.setHandler(context);
        jetty.setStopAtShutdown(true);
        try {
            jetty.start();
            if (warm) {
                warmUp(workspace, warmConnector.getLocalPort(), o.token(), warmUp);
                jetty.addConnector(connector);
                connector.start();
                warmConnector.stop();
                jetty.removeConnector(warmConnector);
            }
        } catch (Exception e) {
            mcp.close();
            jetty.stop();
            throw e;
        }
        workspace.warmUp();
        return new HttpServer(jetty, connector, mcp);
    }

    private static void warmUp(Workspace workspace, int port, Optional<String> token, WarmUp w) {
        long t0 = System.nanoTime();
        long deadline = t0 + w.budget().toNanos();
        Future<?> graph = workspace.warmUp();
        List<String> queries = workspace.warmUpQueries(WARM_UP_QUERIES);
        int calls = HttpWarmUp.run(port, ENDPOINT, token, queries, Math.max(1, w.sessions()), deadline, w.maxCalls());
        boolean loaded = true;
        try {
            graph.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
        } catch (TimeoutException | ExecutionException e) {
            loaded = false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            loaded = false;
        }
        if (!queries.isEmpty()) {
            w.log().accept("warmed up with " + calls + " searches over loopback HTTP in " + (System.nanoTime() - t0) / 1_000_000 + " ms"
                    + (loaded ? "" : " (graph still loading)"));
        }
    }

    /** Distinct queries the warm-up cycles through. */
    static final int WARM_UP_QUERIES = 300;

    public int port() {
        return connector.getLocalPort();
    }

    public void join() throws InterruptedException {
        jetty.join();
    }

    @Override
    public void close() throws Exception {
        try {
            mcp.close();
        } finally {
            jetty.stop();
        }
    }
}
