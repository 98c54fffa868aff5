package dev.codeatlas.index.store;

import dev.codeatlas.model.GraphEdge;
import dev.codeatlas.model.RelType;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/** Compact binary form of a file's outgoing edges (stored as one Lucene stored field). */
final class EdgeCodec {

    private static final RelType[] RELS = RelType.values();

    private EdgeCodec() {
    }

    static byte[] encode(List<GraphEdge> edges) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(64 + edges.size() * 64);
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeInt(edges.size());
            for (GraphEdge e : edges) {
                out.writeByte(e.rel().ordinal());
                out.writeUTF(e.from());
                out.writeUTF(e.to());
                out.writeFloat((float) e.confidence());
                out.writeUTF(e.strategy());
                out.writeInt(e.line());
                out.writeInt(e.siteCount());
                out.writeBoolean(e.fromTest());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    static List<GraphEdge> decode(byte[] data, int offset, int length) {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(data, offset, length))) {
            int n = in.readInt();
            List<GraphEdge> out = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                RelType rel = RELS[in.readByte()];
                String from = in.readUTF();
                String to = in.readUTF();
                double confidence = Math.round(in.readFloat() * 1000) / 1000.0;
                String strategy = in.readUTF();
                int line = in.readInt();
                int sites = in.readInt();
                boolean test = in.readBoolean();
                out.add(new GraphEdge(rel, from, to, confidence, strategy, line, sites, test));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
