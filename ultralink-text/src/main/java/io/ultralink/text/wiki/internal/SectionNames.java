package io.ultralink.text.wiki.internal;

import java.util.Collection;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Headings of sections the cleaner drops (See also, References, ...), compared without regard to case,
 * runs of spaces or a trailing colon. Immutable and thread-safe.
 */
public final class SectionNames {

    private final Set<String> names = new HashSet<>();

    /** The names to drop; blank names are ignored. */
    public SectionNames(Collection<String> names) {
        for (String n : names) {
            String key = normalise(n);
            if (!key.isEmpty()) {
                this.names.add(key);
            }
        }
    }

    /** Whether there is nothing to drop. */
    public boolean isEmpty() {
        return names.isEmpty();
    }

    /** Whether the heading text in {@code [from, to)} of {@code chars} names a dropped section. */
    boolean matches(char[] chars, int from, int to) {
        return !names.isEmpty() && names.contains(normalise(new String(chars, from, to - from)));
    }

    static String normalise(String heading) {
        String s = heading.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
        while (s.endsWith(":") || s.endsWith("：")) {
            s = s.substring(0, s.length() - 1).strip();
        }
        return s;
    }
}
