package io.ultralink.text.langid;

import com.github.pemistahl.lingua.api.Language;
import io.ultralink.language.LanguageDetection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Lingua's verdicts on the windows of a sample, weighed by window length: the winner is the language of the most
 * characters (ties go to the higher sum of Lingua's relative scores), its confidence the share of the decided
 * characters whose window it won. Windows without letters do not vote.
 */
final class WindowVote {

    private final Map<Language, Long> won = new EnumMap<>(Language.class);
    private final Map<Language, Double> scores = new EnumMap<>(Language.class);
    private long decided;

    private WindowVote() {
    }

    /** Scores each window with {@code lingua} (Lingua's relative confidence values) and counts the votes. */
    static WindowVote of(List<String> windows, Function<String, Map<Language, Double>> lingua) {
        WindowVote vote = new WindowVote();
        for (String window : windows) {
            vote.add(window.length(), lingua.apply(window));
        }
        return vote;
    }

    private void add(int chars, Map<Language, Double> values) {
        Language best = null;
        double top = 0;
        for (Map.Entry<Language, Double> e : values.entrySet()) {
            if (e.getKey() != Language.UNKNOWN && e.getValue() > top) {
                top = e.getValue();
                best = e.getKey();
            }
            scores.merge(e.getKey(), e.getValue() * chars, Double::sum);
        }
        if (best != null) {
            won.merge(best, (long) chars, Long::sum);
            decided += chars;
        }
    }

    /** Whether some window voted and every window that voted chose the same language. */
    boolean unanimous() {
        return won.size() == 1;
    }

    /** The winner and its share of the decided characters, or {@link LanguageDetection#UNKNOWN}. */
    LanguageDetection toDetection() {
        Language winner = null;
        for (Map.Entry<Language, Long> e : won.entrySet()) {
            if (winner == null || e.getValue() > won.get(winner)
                    || e.getValue().equals(won.get(winner)) && scores.get(e.getKey()) > scores.get(winner)) {
                winner = e.getKey();
            }
        }
        if (winner == null) {
            return LanguageDetection.UNKNOWN;
        }
        return LanguageDetection.of(LinguaLanguageDetector.toCode(winner),
                Math.min(1.0, (double) won.get(winner) / decided));
    }
}
