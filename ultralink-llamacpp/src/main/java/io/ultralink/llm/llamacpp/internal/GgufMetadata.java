package io.ultralink.llm.llamacpp.internal;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Reads the string and integer key/value metadata at the head of a GGUF file (version 2 and 3),
 * skipping arrays. Used to find the chat template and the trained context length. Not API.
 */
public final class GgufMetadata {

    private static final int MAX_STRING = 16 * 1024 * 1024;

    private final Map<String, Object> values;

    private GgufMetadata(Map<String, Object> values) {
        this.values = values;
    }

    /** Reads the metadata of {@code file}; fails with an {@link IOException} naming what is wrong. */
    public static GgufMetadata read(Path file) throws IOException {
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16))) {
            byte[] magic = new byte[4];
            in.readFully(magic);
            if (!"GGUF".equals(new String(magic, StandardCharsets.US_ASCII))) {
                throw new IOException(file + " is not a GGUF file (bad magic)");
            }
            int version = Integer.reverseBytes(in.readInt());
            if (version < 2) {
                throw new IOException(file + ": GGUF version " + version + " is not supported");
            }
            long tensors = Long.reverseBytes(in.readLong());
            long count = Long.reverseBytes(in.readLong());
            if (tensors < 0 || count < 0 || count > 1_000_000) {
                throw new IOException(file + ": implausible GGUF header");
            }
            Map<String, Object> values = new HashMap<>();
            for (long i = 0; i < count; i++) {
                String key = string(in);
                int type = Integer.reverseBytes(in.readInt());
                Object value = value(in, type);
                if (value != null) {
                    values.put(key, value);
                }
            }
            return new GgufMetadata(values);
        } catch (EOFException e) {
            throw new IOException(file + ": GGUF metadata is truncated", e);
        }
    }

    /** A string value. */
    public Optional<String> string(String key) {
        Object v = values.get(key);
        return v instanceof String ? Optional.of((String) v) : Optional.empty();
    }

    /** An integer value. */
    public Optional<Long> integer(String key) {
        Object v = values.get(key);
        return v instanceof Long ? Optional.of((Long) v) : Optional.empty();
    }

    private static Object value(DataInputStream in, int type) throws IOException {
        switch (type) {
            case 0:
            case 1:
            case 7:
                return (long) in.readByte();
            case 2:
            case 3:
                return (long) Short.reverseBytes(in.readShort());
            case 4:
                return Integer.toUnsignedLong(Integer.reverseBytes(in.readInt()));
            case 5:
                return (long) Integer.reverseBytes(in.readInt());
            case 6:
                in.readInt();
                return null;
            case 8:
                return string(in);
            case 9:
                int elementType = Integer.reverseBytes(in.readInt());
                long n = Long.reverseBytes(in.readLong());
                for (long i = 0; i < n; i++) {
                    value(in, elementType);
                }
                return null;
            case 10:
            case 11:
                return Long.reverseBytes(in.readLong());
            case 12:
                in.readLong();
                return null;
            default:
                throw new IOException("unknown GGUF value type " + type);
        }
    }

    private static String string(DataInputStream in) throws IOException {
        long length = Long.reverseBytes(in.readLong());
        if (length < 0 || length > MAX_STRING) {
            throw new IOException("implausible GGUF string length " + length);
        }
        byte[] bytes = new byte[(int) length];
        in.readFully(bytes);
        return new String(bytes, StandardCharsets.UTF_8);
    }

}
