package dev.codeatlas.mcp.transport;

import dev.codeatlas.mcp.AtlasMcpServer;
import dev.codeatlas.mcp.Workspace;
import io.modelcontextprotocol.server.McpServer;
import io.modelcontextprotocol.server.McpSyncServer;
import io.modelcontextprotocol.server.transport.StdioServerTransportProvider;
import java.io.InputStream;
import java.io.OutputStream;

/**
 * MCP over stdio: JSON-RPC lines on stdin and stdout, nothing else on stdout. Returns when
 * stdin ends (the SDK's transport alone would keep the process alive), after the answers owed.
 */
public final class StdioServer {

    private StdioServer() {
    }

    public static void run(Workspace workspace, InputStream in, OutputStream out) throws InterruptedException {
        JsonRpcGuard.Output output = new JsonRpcGuard.Output(out);
        JsonRpcGuard guard = new JsonRpcGuard(in, output, workspace::warmUp);
        StdioServerTransportProvider transport = new StdioServerTransportProvider(AtlasMcpServer.JSON, guard, output);
        McpSyncServer server = AtlasMcpServer.configure(McpServer.sync(transport), workspace).immediateExecution(true).build();
        try {
            guard.awaitEnd();
        } finally {
            server.close();
            try {
                output.flush();
                out.close(); // the client sees the end of our output too, not a writer that went away
            } catch (java.io.IOException e) {
                // nobody is reading any more
            }
        }
    }
}
