package dev.codeatlas.index.export;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.codeatlas.model.GraphEdge;
import dev.codeatlas.model.GraphNode;
import dev.codeatlas.model.RelType;
import java.io.IOException;
import java.io.OutputStream;

/** Writes the graph as JSON lines in the shape of cli-contract.md ("Export"). */
public final class GraphExport implements AutoCloseable {

    private static final JsonFactory FACTORY = JsonFactory.builder().build();
    private final JsonGenerator g;

    public GraphExport(OutputStream out) throws IOException {
        g = FACTORY.createGenerator(out, JsonEncoding.UTF8);
        g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        g.setRootValueSeparator(new com.fasterxml.jackson.core.io.SerializedString("\n"));
    }

    public void node(GraphNode n) throws IOException {
        g.writeStartObject();
        g.writeStringField("type", "node");
        g.writeStringField("uid", n.uid());
        g.writeStringField("label", n.label().wireName());
        g.writeStringField("kind", n.kind());
        g.writeStringField("name", n.name());
        g.writeStringField("qualified_name", n.qualifiedName());
        g.writeStringField("file", n.file());
        g.writeNumberField("line_start", n.lineStart());
        g.writeNumberField("line_end", n.lineEnd());
        if (!n.language().isEmpty()) {
            g.writeStringField("language", n.language());
        }
        if (!n.signature().isEmpty()) {
            g.writeStringField("signature", n.signature());
        }
        if (!n.parent().isEmpty()) {
            g.writeStringField("parent", n.parent());
        }
        g.writeEndObject();
    }

    public void edge(GraphEdge e) throws IOException {
        g.writeStartObject();
        g.writeStringField("type", "edge");
        g.writeStringField("rel", e.rel().name());
        g.writeStringField("from", e.from());
        g.writeStringField("to", e.to());
        g.writeObjectFieldStart("props");
        g.writeNumberField("confidence", e.confidence());
        if (e.rel() == RelType.CALLS) {
            g.writeStringField("strategy", e.strategy());
            g.writeNumberField("line", e.line());
            g.writeNumberField("site_count", e.siteCount());
            g.writeBooleanField("from_test", e.fromTest());
        }
        g.writeEndObject();
        g.writeEndObject();
    }

    @Override
    public void close() throws IOException {
        g.writeRaw('\n');
        g.close();
    }
}
