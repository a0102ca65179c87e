package io.ultralink.model;

import io.ultralink.internal.Checks;
import java.util.List;
import java.util.Objects;

/**
 * A multi-turn dialogue grounded in one segment. The first question is the bare question: the
 * document prefix and the delimited segment are added when the dialogue becomes a record.
 *
 * @param segmentId the stable id of the segment it was generated from
 * @param language the language of the dialogue
 * @param turns at least one turn, in order
 */
public record Dialogue(String segmentId, LanguageCode language, List<Turn> turns) {

    /** Validates and copies the turns. */
    public Dialogue {
        Checks.notBlank(segmentId, "segmentId");
        Objects.requireNonNull(language, "language");
        turns = List.copyOf(Objects.requireNonNull(turns, "turns"));
        if (turns.isEmpty()) {
            throw new IllegalArgumentException("a dialogue needs at least one turn");
        }
    }
}
