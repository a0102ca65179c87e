package io.ultralink.text.segment;

import io.ultralink.model.Document;
import io.ultralink.model.LanguageCode;
import io.ultralink.model.Segment;
import io.ultralink.segment.KnowledgeSegmenter;
import io.ultralink.segment.SegmentationResult;
import io.ultralink.segment.SegmentationResult.Status;
import io.ultralink.text.segment.internal.SegmentPlanner;
import io.ultralink.text.segment.internal.UnitSplitter;
import io.ultralink.text.segment.internal.Units;
import io.ultralink.text.sentence.SentenceSplitter;
import io.ultralink.tokens.TokenCounter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The UltraLink knowledge segmenter: keeps documents whose token count lies within the document bounds and
 * partitions each into consecutive segments within the segment bounds, cutting only between sentences (found by
 * the document language's {@link SentenceSplitter}) and balancing the last segments instead of leaving a short
 * tail. The segments of a kept document concatenate to its text exactly: nothing is lost or repeated. A sentence
 * longer than the maximum is cut at clause, then word boundaries, and counted in
 * {@link SegmentationResult#forcedSplits()}.
 *
 * <p>A document's token count is the sum of its sentences' counts; counting stops once it passes the maximum, so
 * the count reported for a too-long document is a lower bound. A segment's token count is that of its own text.
 * Thread-safe if the token counter is.
 */
public final class TokenBoundedSegmenter implements KnowledgeSegmenter {

    private static final int[] SLACKS = {8, 32, 128, 0};

    private final TokenCounter counter;
    private final SegmenterSettings settings;
    private final UnitSplitter unitSplitter;
    private final Map<LanguageCode, SentenceSplitter> splitters = new ConcurrentHashMap<>();

    /** Creates a segmenter counting tokens with {@code counter} within the given bounds. */
    public TokenBoundedSegmenter(TokenCounter counter, SegmenterSettings settings) {
        this.counter = Objects.requireNonNull(counter, "counter");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.unitSplitter = new UnitSplitter(counter, Math.max(1, settings.maxSegmentTokens() - SLACKS[0]));
    }

    /** The bounds in use. */
    public SegmenterSettings settings() {
        return settings;
    }

    @Override
    public SegmentationResult segment(Document document) {
        Objects.requireNonNull(document, "document");
        String text = document.text();
        if (text.isBlank() || utf8Length(text, settings.minDocumentTokens()) < settings.minDocumentTokens()) {
            return SegmentationResult.dropped(Status.TOO_SHORT, counter.countTokens(text));
        }
        SentenceSplitter sentences = splitters.computeIfAbsent(document.language(), SentenceSplitter::forLanguage);
        Units units = unitSplitter.split(text, sentences, settings.maxDocumentTokens());
        long total = units.totalTokens();
        if (total < settings.minDocumentTokens()) {
            return SegmentationResult.dropped(Status.TOO_SHORT, (int) total);
        }
        if (total > settings.maxDocumentTokens()) {
            return SegmentationResult.dropped(Status.TOO_LONG, (int) Math.min(Integer.MAX_VALUE, total));
        }
        List<Segment> segments = null;
        for (int slack : SLACKS) {
            int min = settings.minSegmentTokens() + slack;
            int max = settings.maxSegmentTokens() - slack;
            segments = build(document, units, SegmentPlanner.plan(units, min, Math.max(min, max)));
            if (slack == 0 || withinBounds(segments)) {
                break;
            }
        }
        return new SegmentationResult(Status.KEPT, (int) total, segments, units.forcedSplits());
    }

    private List<Segment> build(Document document, Units units, int[] cuts) {
        String text = document.text();
        List<Segment> out = new ArrayList<>(cuts.length);
        int start = 0;
        int firstUnit = 0;
        for (int i = 0; i < cuts.length; i++) {
            int end = units.end(cuts[i] - 1);
            boolean merged = false;
            if (isBlank(text, start, end)) {
                if (i < cuts.length - 1) {
                    continue;
                }
                start = out.remove(out.size() - 1).start();
                merged = true;
            }
            String piece = text.substring(start, end);
            int tokens = merged ? counter.countTokens(piece) : tokens(piece, units, firstUnit, cuts[i]);
            out.add(new Segment(document.source(), out.size(), start, end, tokens, piece));
            start = end;
            firstUnit = cuts[i];
        }
        return out;
    }

    /** The sum of the units' counts where every inner cut is additive, else a fresh count of the text. */
    private int tokens(String piece, Units units, int fromUnit, int toUnit) {
        int sum = 0;
        for (int u = fromUnit; u < toUnit; u++) {
            if (u > fromUnit && !units.additiveAfter(u - 1)) {
                return counter.countTokens(piece);
            }
            sum += units.tokens(u);
        }
        return sum;
    }

    private boolean withinBounds(List<Segment> segments) {
        for (Segment s : segments) {
            if (s.tokenCount() < settings.minSegmentTokens() || s.tokenCount() > settings.maxSegmentTokens()) {
                return false;
            }
        }
        return true;
    }

    /** Whether {@code text[from, to)} is empty or only whitespace, as {@link String#isBlank()}. */
    private static boolean isBlank(String text, int from, int to) {
        for (int i = from; i < to; ) {
            int c = text.codePointAt(i);
            if (!Character.isWhitespace(c)) {
                return false;
            }
            i += Character.charCount(c);
        }
        return true;
    }

    /** UTF-8 length of {@code text}, counted only up to {@code limit} (a text of fewer bytes has fewer tokens). */
    private static int utf8Length(String text, int limit) {
        if (text.length() >= limit) {
            return text.length();
        }
        return text.getBytes(StandardCharsets.UTF_8).length;
    }
}
