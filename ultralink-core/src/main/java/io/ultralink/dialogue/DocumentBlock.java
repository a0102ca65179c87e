package io.ultralink.dialogue;

import io.ultralink.prompt.DelimitedBlock;
import java.util.Objects;

/**
 * The document delimiters of the paper's prompt (Fig. 4) and of released records, and the
 * neutralisation that keeps a segment from closing its block early ({@link DelimitedBlock}).
 */
public final class DocumentBlock {

    /** Opening delimiter. */
    public static final String OPEN = "<document>";
    /** Closing delimiter. */
    public static final String CLOSE = "</document>";

    /** The block. */
    public static final DelimitedBlock BLOCK = DelimitedBlock.named("document");

    private DocumentBlock() {
    }

    /**
     * Makes any text that would read as a delimiter harmless ({@link DelimitedBlock#neutralise}: any case,
     * spacing, attributes, entities, fullwidth forms or zero-width characters), so the block can only be
     * closed by {@link #CLOSE}.
     */
    public static String neutralise(String text) {
        Objects.requireNonNull(text, "text");
        return BLOCK.neutralise(text);
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
