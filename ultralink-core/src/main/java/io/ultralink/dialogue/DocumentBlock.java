package io.ultralink.dialogue;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The document delimiters of the paper's prompt (Fig. 4) and of released records, and the
 * neutralisation that keeps a segment from closing its block early.
 */
public final class DocumentBlock {

    /** Opening delimiter. */
    public static final String OPEN = "<document>";
    /** Closing delimiter. */
    public static final String CLOSE = "</document>";

    private static final Pattern DELIMITER = Pattern.compile("<\\s*([/\\\\]?)\\s*document\\s*>",
            Pattern.CASE_INSENSITIVE);

    private DocumentBlock() {
    }

    /**
     * Makes any text that would read as a delimiter ({@code <document>}, {@code </document>},
     * {@code <\document>}, any case or spacing) harmless by replacing its angle brackets with
     * look-alike characters, so the block can only be closed by {@link #CLOSE}.
     */
    public static String neutralise(String text) {
        Objects.requireNonNull(text, "text");
        return DELIMITER.matcher(text).replaceAll(m -> "‹" + (m.group(1).isEmpty() ? "" : "/") + "document›");
    }

    /** {@code <document>\n{neutralised text}\n</document>}. */
    public static String wrap(String text) {
        return OPEN + "\n" + neutralise(text) + "\n" + CLOSE;
    }

    /**
     * The first question of a released record: the pack's document prefix, the delimited segment,
     * then the question, separated by line breaks.
     */
    public static String firstQuestion(String documentPrefix, String segmentText, String question) {
        return documentPrefix + "\n" + wrap(segmentText) + "\n" + question;
    }
}
