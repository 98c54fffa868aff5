package dev.codeatlas.mcp;

import io.modelcontextprotocol.json.McpJsonMapper;
import io.modelcontextprotocol.json.jackson2.JacksonMcpJsonMapper;
import io.modelcontextprotocol.json.schema.JsonSchemaValidator;
import io.modelcontextprotocol.server.McpServer;
import io.modelcontextprotocol.server.McpServerFeatures;
import io.modelcontextprotocol.spec.McpSchema;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The tools of {@link Tools} as MCP tool specifications, and the server settings both transports share. */
public final class AtlasMcpServer {

    public static final String NAME = "code-atlas";
    static final String INSTRUCTIONS = "Code Atlas: a code graph and search index of the user's projects. "
            + "Start with plan_search_strategy or get_usage_guide; prefer get_node for known names and hybrid_search for words.";

    /** Arguments are checked by {@link Args} (errors in our format); the SDK's schema validation is not used. */
    public static final JsonSchemaValidator NO_SCHEMA_VALIDATION = (schema, content) -> JsonSchemaValidator.ValidationResponse.asValid(null);

    public static final McpJsonMapper JSON = new JacksonMcpJsonMapper(Json.MAPPER);

    private AtlasMcpServer() {
    }

    public static String version() {
        String v = AtlasMcpServer.class.getPackage().getImplementationVersion();
        return v == null ? "dev" : v;
    }

    public static List<McpServerFeatures.SyncToolSpecification> specifications(Workspace workspace) {
        List<McpServerFeatures.SyncToolSpecification> out = new ArrayList<>();
        for (AtlasTool t : Tools.all()) {
            ToolHandler handler = new ToolHandler(t, workspace);
            McpSchema.Tool tool = McpSchema.Tool.builder(t.name(), inputSchema(t)).description(t.description())
                    .annotations(new McpSchema.ToolAnnotations(null, true, false, true, false, null)).build();
            out.add(new McpServerFeatures.SyncToolSpecification(tool, (exchange, request) -> handler.handle(request)));
        }
        return out;
    }

    private static Map<String, Object> inputSchema(AtlasTool t) {
        return t.inputSchema();
    }

    /** Applies the shared settings to a server specification of either transport. */
    public static <S extends McpServer.SyncSpecification<S>> S configure(S spec, Workspace workspace) {
        spec.serverInfo(NAME, version())
                .instructions(INSTRUCTIONS)
                .jsonMapper(JSON)
                .jsonSchemaValidator(NO_SCHEMA_VALIDATION)
                .validateToolInputs(false)
                .requestTimeout(Duration.ofMinutes(10))
                .capabilities(McpSchema.ServerCapabilities.builder().tools(false).build())
                .tools(specifications(workspace));
        return spec;
    }
}
