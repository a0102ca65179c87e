package io.ultralink.run;

import io.ultralink.tokens.TokenCounter;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What determines the result of a unit of work, as named components ({@code model}, {@code prompt},
 * {@code settings.maxAnswerTokens}, ...), and their digest. Two units made under equal fingerprints
 * are interchangeable; under different ones {@link #changesFrom} says what differs.
 *
 * @param components the components by name; values are plain text
 */
public record Fingerprint(SortedMap<String, String> components) {

    /** Copies the components. */
    public Fingerprint {
        TreeMap<String, String> redacted = new TreeMap<>();
        components.forEach((k, v) -> redacted.put(k, io.ultralink.redact.Redactor.patternsOnly().redact(v)));
        components = java.util.Collections.unmodifiableSortedMap(redacted);
    }

    /** A builder with no components. */
    public static Builder builder() {
        return new Builder();
    }

    /** The first 16 hex digits of the SHA-256 of the components, the key journals store. */
    public String digest() {
        return sha256(toString()).substring(0, 16);
    }

    /**
     * What changed from {@code earlier} to this fingerprint, one line a component:
     * {@code "model: a -> b"}, {@code "seed: (none) -> 7"}.
     */
    public List<String> changesFrom(Fingerprint earlier) {
        List<String> out = new ArrayList<>();
        TreeSet<String> keys = new TreeSet<>(components.keySet());
        keys.addAll(earlier.components.keySet());
        for (String k : keys) {
            String was = earlier.components.get(k);
            String is = components.get(k);
            if (!Objects.equals(was, is)) {
                out.add(k + ": " + shown(was) + " -> " + shown(is));
            }
        }
        return out;
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        components.forEach((k, v) -> sb.append(k).append('=').append(v).append('\n'));
        return sb.toString();
    }

    /**
     * Reads back the text of {@link #toString()} ({@code name=value} lines); a line without {@code =}
     * becomes a component of its own under {@code settings}, so older texts still compare.
     */
    public static Fingerprint parse(String text) {
        SortedMap<String, String> out = new TreeMap<>();
        for (String line : text.split("\n")) {
            if (line.isBlank()) {
                continue;
            }
            int eq = line.indexOf('=');
            if (eq > 0 && !line.substring(0, eq).contains(" ")) {
                out.put(line.substring(0, eq), line.substring(eq + 1));
            } else {
                out.put("settings", line);
            }
        }
        return new Fingerprint(out);
    }

    /**
     * The class name of {@code value}, the same in every run: lambdas and other generated classes,
     * whose names change from run to run, are named by the interface they implement.
     */
    public static String typeName(Object value) {
        Class<?> type = value.getClass();
        if (type.isHidden() || type.isSynthetic() || type.isAnonymousClass()) {
            return "custom " + (type.getInterfaces().length > 0 ? type.getInterfaces()[0].getName() : "object");
        }
        return type.getName();
    }

    /** The SHA-256 of a text as 64 hex digits. */
    public static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java runtime", e);
        }
    }

    private static String shown(String value) {
        if (value == null) {
            return "(none)";
        }
        return value.length() > 80 ? value.substring(0, 77) + "..." : value;
    }

    /** Collects components. */
    public static final class Builder {
        private final SortedMap<String, String> components = new TreeMap<>();

        private Builder() {
        }

        /**
         * Adds a component. A record is expanded into one component per field ({@code name.field},
         * nested records likewise), so a new setting joins the fingerprint without code here;
         * optionals show their value or {@code unset}; other values their {@code toString()}.
         */
        public Builder put(String name, Object value) {
            Objects.requireNonNull(name, "name");
            if (value instanceof Record r) {
                for (RecordComponent c : r.getClass().getRecordComponents()) {
                    put(name + "." + c.getName(), read(c, r));
                }
            } else {
                components.put(name, text(value));
            }
            return this;
        }

        /** Adds every component of {@code other}, each name prefixed with {@code prefix.}. */
        public Builder putAll(String prefix, Fingerprint other) {
            other.components.forEach((k, v) -> components.put(prefix + "." + k, v));
            return this;
        }

        /** The fingerprint. */
        public Fingerprint build() {
            return new Fingerprint(components);
        }

        private static Object read(RecordComponent c, Record r) {
            try {
                c.getAccessor().setAccessible(true);
                return c.getAccessor().invoke(r);
            } catch (ReflectiveOperationException | RuntimeException e) {
                return "unreadable";
            }
        }

        private static String text(Object value) {
            if (value == null) {
                return "unset";
            }
            if (value instanceof Optional<?> o) {
                return o.map(Builder::text).orElse("unset");
            }
            if (value instanceof OptionalDouble d) {
                return d.isPresent() ? Double.toString(d.getAsDouble()) : "unset";
            }
            if (value instanceof OptionalInt i) {
                return i.isPresent() ? Integer.toString(i.getAsInt()) : "unset";
            }
            if (value instanceof OptionalLong l) {
                return l.isPresent() ? Long.toString(l.getAsLong()) : "unset";
            }
            if (value instanceof Map<?, ?> m) {
                return new TreeMap<>(m).toString();
            }
            if (value instanceof Collection<?> c) {
                return c.stream().map(Builder::text).toList().toString();
            }
            if (value instanceof TokenCounter t) {
                return t.encodingName();
            }
            return stable(value);
        }

        /** The value's text, or its class name where that text would differ from run to run. */
        private static String stable(Object value) {
            Class<?> type = value.getClass();
            if (type.isHidden() || type.isSynthetic() || type.isAnonymousClass()) {
                return typeName(value);
            }
            String text = value.toString();
            return text.equals(type.getName() + "@" + Integer.toHexString(value.hashCode())) ? type.getName() : text;
        }
    }
}
