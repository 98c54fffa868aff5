package dev.codeatlas.index.store;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

/** A {@link FileRecord} as bytes: its strings length-prefixed (modified UTF-8), its numbers as longs. */
final class FileRecordCodec {
    private FileRecordCodec() {
    }

    static byte[] encode(FileRecord r) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(256);
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeUTF(r.path());
            out.writeUTF(r.language() == null ? "" : r.language());
            out.writeLong(r.size());
            out.writeLong(r.mtime());
            out.writeUTF(r.hash());
            out.writeUTF(r.nodesFingerprint());
            out.writeUTF(r.edgesFingerprint());
            out.writeUTF(r.interfaceHash() == null ? "" : r.interfaceHash());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    static FileRecord decode(byte[] b, int offset, int length) {
        try (DataInputStream in = new DataInputStream(new java.io.ByteArrayInputStream(b, offset, length))) {
            return new FileRecord(in.readUTF(), in.readUTF(), in.readLong(), in.readLong(), in.readUTF(), in.readUTF(), in.readUTF(),
                    in.readUTF());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
