package io.ultralink.testing;

import io.ultralink.format.BadLinePolicy;
import io.ultralink.format.JsonLine;
import io.ultralink.format.JsonlReader;
import io.ultralink.model.LanguageCode;
import io.ultralink.model.Segment;
import io.ultralink.model.SourceRef;
import io.ultralink.tokens.TokenCounter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * Real Wikipedia text for tests: reads the wikiextractor JSON output of a shared minidump and cuts
 * each page into segments of whole paragraphs of at least {@code min} tokens (a simple stand-in
 * for the real segmenter of {@code ultralink-text}).
 */
public final class WikiFixture {

    private WikiFixture() {
    }

    /** The shared data folder ({@code ultralink.shared.dir}/data), if present. */
    public static Optional<Path> sharedData() {
        String dir = System.getProperty("ultralink.shared.dir", "../shared");
        Path data = Path.of(dir, "data");
        return Files.isDirectory(data) ? Optional.of(data) : Optional.empty();
    }

    /** The wikiextractor output of {@code {lang}wiki-minidump}, if present. */
    public static Optional<Path> extracted(String lang) {
        return sharedData().map(d -> d.resolve("wiki/wikiextractor-output/" + lang + "wiki-minidump.jsonl"))
                .filter(Files::isRegularFile);
    }

    /** Segments of at least {@code min} tokens (paragraphs are never split; a last short piece is kept). */
    public static List<Segment> segments(Path jsonl, LanguageCode lang, TokenCounter counter, int min) {
        List<Segment> out = new ArrayList<>();
        try (JsonlReader<JsonLine> in = JsonlReader.open(jsonl, BadLinePolicy.FAIL)) {
            while (in.hasNext()) {
                JsonNode page = in.next().node();
                String text = page.get("text").stringValue();
                SourceRef source = new SourceRef(lang, Long.parseLong(page.get("id").stringValue()),
                        Long.parseLong(page.get("revid").stringValue()), page.get("title").stringValue(),
                        page.get("url").stringValue());
                cut(source, text, counter, min, out);
            }
        }
        return out;
    }

    private static void cut(SourceRef source, String text, TokenCounter counter, int min, List<Segment> out) {
        int start = 0;
        int index = 0;
        int tokens = 0;
        int pos = 0;
        while (pos < text.length()) {
            int nl = text.indexOf('\n', pos);
            int end = nl < 0 ? text.length() : nl + 1;
            tokens += counter.countTokens(text.substring(pos, end));
            pos = end;
            if (tokens >= min || pos == text.length()) {
                String piece = text.substring(start, pos);
                if (!piece.isBlank() && (tokens >= min / 4)) {
                    out.add(new Segment(source, index++, start, pos, tokens, piece));
                }
                start = pos;
                tokens = 0;
            }
        }
    }
}
