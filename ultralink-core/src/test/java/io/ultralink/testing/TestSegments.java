package io.ultralink.testing;

import io.ultralink.format.SegmentJsonl;
import io.ultralink.model.LanguageCode;
import io.ultralink.model.Segment;
import io.ultralink.model.SourceRef;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Segments and segments files for tests, with text written for them. */
public final class TestSegments {

    private static final String[] RIVERS = {"Danube", "Rhine", "Elbe", "Loire", "Volga", "Tagus", "Oder", "Po"};

    private TestSegments() {
    }

    /** A segment of {@code lang} on page {@code page} with {@code text}. */
    public static Segment of(LanguageCode lang, long page, int index, String title, String text) {
        return new Segment(new SourceRef(lang, page, 1000 + page, title, "https://" + lang + ".example.org/wiki/" + title),
                index, 0, text.length(), text.split("\\s+").length, text);
    }

    /** {@code count} English segments with distinct page ids starting at 1. */
    public static List<Segment> english(int count) {
        List<Segment> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String river = RIVERS[i % RIVERS.length];
            String text = "The " + river + " (section " + i + ") carried timber, grain and salt for centuries. "
                    + "Towns along its banks grew rich from tolls, and bridges over it became points of conflict "
                    + "whenever neighbouring rulers quarrelled about trade.";
            out.add(of(LanguageCode.EN, i + 1, i % 3, river + "_" + i, text));
        }
        return out;
    }

    /** Writes {@code segments} as a segments file. */
    public static Path write(Path file, List<Segment> segments) {
        List<String> lines = segments.stream().map(SegmentJsonl::toLine).toList();
        try {
            Files.write(file, lines, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }
}
