package dev.codeatlas.parser;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;

/**
 * A file's content as UTF-8 bytes, whatever it was on disk: a UTF-8 BOM is dropped, UTF-16 with
 * a BOM is transcoded, invalid UTF-8 is replaced (U+FFFD) rather than dropped. Offsets into
 * {@link #bytes()} are what tree-sitter reports; {@link #line(int)} maps them to 1-based lines.
 */
public final class SourceText {

    private final byte[] bytes;
    private final int[] lineStarts;
    private final String note;

    private SourceText(byte[] bytes, String note) {
        this.bytes = bytes;
        this.note = note;
        this.lineStarts = lineStarts(bytes);
    }

    /** Decodes raw file bytes; empty when they look binary (NUL bytes in the head). */
    public static Optional<SourceText> decode(byte[] raw) {
        if (raw.length >= 2 && (raw[0] & 0xFF) == 0xFF && (raw[1] & 0xFF) == 0xFE) {
            return Optional.of(transcode(raw, 2, StandardCharsets.UTF_16LE, "decoded from UTF-16LE"));
        }
        if (raw.length >= 2 && (raw[0] & 0xFF) == 0xFE && (raw[1] & 0xFF) == 0xFF) {
            return Optional.of(transcode(raw, 2, StandardCharsets.UTF_16BE, "decoded from UTF-16BE"));
        }
        int offset = 0;
        if (raw.length >= 3 && (raw[0] & 0xFF) == 0xEF && (raw[1] & 0xFF) == 0xBB && (raw[2] & 0xFF) == 0xBF) {
            offset = 3;
        }
        if (looksBinary(raw, offset)) {
            return Optional.empty();
        }
        byte[] body = offset == 0 ? raw : Arrays.copyOfRange(raw, offset, raw.length);
        if (isValidUtf8(body)) {
            return Optional.of(new SourceText(body, ""));
        }
        return Optional.of(transcode(body, 0, StandardCharsets.UTF_8, "invalid UTF-8 replaced with U+FFFD"));
    }

    /** NUL bytes in the first 8 KiB mean binary, as git decides it. */
    public static boolean looksBinary(byte[] raw, int from) {
        int end = Math.min(raw.length, from + 8192);
        for (int i = from; i < end; i++) {
            if (raw[i] == 0) {
                return true;
            }
        }
        return false;
    }

    private static SourceText transcode(byte[] raw, int offset, Charset cs, String note) {
        CharsetDecoder decoder = cs.newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE);
        try {
            CharBuffer chars = decoder.decode(ByteBuffer.wrap(raw, offset, raw.length - offset));
            return new SourceText(chars.toString().getBytes(StandardCharsets.UTF_8), note);
        } catch (CharacterCodingException e) {
            throw new IllegalStateException("REPLACE decoder cannot fail", e);
        }
    }

    private static boolean isValidUtf8(byte[] b) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        // fast path: pure ASCII
        boolean ascii = true;
        for (byte x : b) {
            if (x < 0) {
                ascii = false;
                break;
            }
        }
        if (ascii) {
            return true;
        }
        try {
            decoder.decode(ByteBuffer.wrap(b));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    private static int[] lineStarts(byte[] b) {
        int count = 1;
        for (byte x : b) {
            if (x == '\n') {
                count++;
            }
        }
        int[] starts = new int[count];
        int n = 1;
        for (int i = 0; i < b.length; i++) {
            if (b[i] == '\n') {
                starts[n++] = i + 1;
            }
        }
        return starts;
    }

    public byte[] bytes() {
        return bytes;
    }

    public int length() {
        return bytes.length;
    }

    /** A note about decoding ("decoded from UTF-16LE"), or "" when the file was clean UTF-8. */
    public String note() {
        return note;
    }

    /** 1-based line of a byte offset. */
    public int line(int byteOffset) {
        int i = Arrays.binarySearch(lineStarts, byteOffset);
        return (i >= 0 ? i : -i - 2) + 1;
    }

    /** 1-based last line of a range ending at {@code endByte} (exclusive). */
    public int endLine(int startByte, int endByte) {
        if (endByte > startByte) {
            return line(endByte - 1);
        }
        return line(startByte);
    }

    public int lineCount() {
        return lineStarts.length;
    }

    /** Byte offset where a 1-based line starts. */
    public int lineStart(int line) {
        return lineStarts[Math.max(0, Math.min(line - 1, lineStarts.length - 1))];
    }

    /** Text of a 1-based line, without its line break. */
    public String lineText(int line) {
        int start = lineStart(line);
        int end = line < lineStarts.length ? lineStarts[line] : bytes.length;
        while (end > start && (bytes[end - 1] == '\n' || bytes[end - 1] == '\r')) {
            end--;
        }
        return new String(bytes, start, end - start, StandardCharsets.UTF_8);
    }

    public String text(int startByte, int endByte) {
        int s = Math.max(0, Math.min(startByte, bytes.length));
        int e = Math.max(s, Math.min(endByte, bytes.length));
        return new String(bytes, s, e - s, StandardCharsets.UTF_8);
    }
}
