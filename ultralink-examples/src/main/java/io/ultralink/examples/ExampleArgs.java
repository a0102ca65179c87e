package io.ultralink.examples;

import io.ultralink.text.segment.SegmenterSettings;
import java.util.LinkedHashMap;
import java.util.Map;

/** The {@code key=value} arguments and token ranges shared by the example programs. */
final class ExampleArgs {

    private ExampleArgs() {
    }

    /** The {@code key=value} arguments of {@code args} from index {@code from} on, in order. */
    static Map<String, String> keys(String[] args, int from) {
        Map<String, String> settings = new LinkedHashMap<>();
        for (int i = from; i < args.length; i++) {
            String[] kv = args[i].split("=", 2);
            settings.put(kv[0], kv.length > 1 ? kv[1] : "");
        }
        return settings;
    }

    /** Parses {@code MIN-MAX}; null gives the defaults. */
    static int[] range(String value, int min, int max) {
        if (value == null) {
            return new int[] {min, max};
        }
        String[] parts = value.split("-", 2);
        if (parts.length != 2) {
            throw new IllegalArgumentException("expected MIN-MAX, was '" + value + "'");
        }
        return new int[] {Integer.parseInt(parts[0].trim()), Integer.parseInt(parts[1].trim())};
    }

    /**
     * Segmenter bounds from the {@code segment-tokens} (default 1000-2000) and {@code document-tokens}
     * (default 1000-10000, raised to the segment minimum) keys, which are removed from {@code settings}.
     */
    static SegmenterSettings bounds(Map<String, String> settings) {
        int[] segment = range(settings.remove("segment-tokens"), 1_000, 2_000);
        int[] document = range(settings.remove("document-tokens"), 1_000, 10_000);
        return new SegmenterSettings(Math.max(document[0], segment[0]), Math.max(document[1], segment[0]),
                segment[0], segment[1]);
    }
}
