package io.ultralink.dialogue.internal;

import io.ultralink.dialogue.Rejection;
import io.ultralink.language.LanguageDetection;
import io.ultralink.language.LanguageDetector;
import io.ultralink.language.LanguagePack;
import io.ultralink.language.ScriptNormaliser;
import io.ultralink.llm.ChatResponse;
import io.ultralink.llm.FinishReason;
import io.ultralink.model.LanguageCode;
import io.ultralink.tokens.TokenCounter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * The quality gates every generated question and answer passes (paper §2.5): truncation, content
 * filter, minimum length in tokens, one un-numbered question, no reference to the hidden text, the
 * target language. Text is normalised to the pack's script first (Traditional→Simplified for zh).
 * Thread-safe. Not API.
 */
public final class TurnGates {

    private static final Pattern NUMBERED_LINE = Pattern.compile(
            "(?m)^\\s*(?:\\d{1,2}\\s*[.)、:：]|[(（]\\d{1,2}[)）]|[一二三四五六七八九十]\\s*[、.]|[-*•]\\s)");

    private final LanguageDetector detector;
    private final ScriptNormaliser normaliser;
    private final TokenCounter tokens;
    private final int minQuestionTokens;
    private final int minAnswerTokens;
    private final Map<LanguageCode, List<Phrase>> phrases = new ConcurrentHashMap<>();

    /** Creates the gates with their collaborators and token minimums. */
    public TurnGates(LanguageDetector detector, ScriptNormaliser normaliser, TokenCounter tokens,
            int minQuestionTokens, int minAnswerTokens) {
        this.detector = Objects.requireNonNull(detector, "detector");
        this.normaliser = Objects.requireNonNull(normaliser, "normaliser");
        this.tokens = Objects.requireNonNull(tokens, "tokens");
        this.minQuestionTokens = minQuestionTokens;
        this.minAnswerTokens = minAnswerTokens;
    }

    /** An accepted, cleaned text or the rejection; exactly one is non-null. */
    public record Outcome(String text, Rejection rejection) {
        /** Whether the text passed. */
        public boolean accepted() {
            return rejection == null;
        }
    }

    /** Checks a generated question of turn {@code turn}. */
    public Outcome question(ChatResponse response, LanguagePack pack, int turn) {
        return check(response, pack, turn, true);
    }

    /** Checks a generated answer of turn {@code turn}. */
    public Outcome answer(ChatResponse response, LanguagePack pack, int turn) {
        return check(response, pack, turn, false);
    }

    private Outcome check(ChatResponse response, LanguagePack pack, int turn, boolean question) {
        String kind = question ? "question" : "answer";
        if (response.finishReason() == FinishReason.LENGTH) {
            return reject(Rejection.Reason.TRUNCATED, turn, kind + " cut by the token limit");
        }
        if (response.finishReason() == FinishReason.CONTENT_FILTER) {
            return reject(Rejection.Reason.CONTENT_FILTER, turn, kind + " withheld by the content filter");
        }
        String label = question ? pack.dialogue().questionLabel() : pack.dialogue().answerLabel();
        String text = stripLabel(normaliser.normalise(response.text(), pack.scriptConversion()).strip(), label);
        int count = text.isEmpty() ? 0 : tokens.countTokens(text);
        int min = question ? minQuestionTokens : minAnswerTokens;
        if (count < Math.max(1, min)) {
            return reject(Rejection.Reason.TOO_SHORT, turn, kind + " has " + count + " tokens, minimum " + min);
        }
        if (question && NUMBERED_LINE.matcher(text).find()) {
            return reject(Rejection.Reason.NUMBERED_QUESTIONS, turn, "numbered or listed questions");
        }
        if (question && questionMarks(text) > 1) {
            return reject(Rejection.Reason.MULTIPLE_QUESTIONS, turn, questionMarks(text) + " question marks");
        }
        for (Phrase phrase : phrases.computeIfAbsent(pack.code(), c -> phrasePatterns(pack))) {
            if (phrase.pattern().matcher(text).find()) {
                return reject(Rejection.Reason.TEXT_REFERENCE, turn, "contains '" + phrase.text() + "'");
            }
        }
        if (!detector.isLanguage(text, pack)) {
            LanguageDetection d = detector.detect(text);
            return reject(Rejection.Reason.WRONG_LANGUAGE, turn, kind + " " + d.describe(pack.code()));
        }
        return new Outcome(text, null);
    }

    /**
     * Case-insensitive patterns of the pack's phrases. An end of a phrase that is a letter or digit of
     * a spaced script must meet a word boundary ("in the text" does not match "in the textile");
     * Han characters match inside longer text, as Chinese has no spaces.
     */
    static List<Phrase> phrasePatterns(LanguagePack pack) {
        List<Phrase> out = new ArrayList<>();
        for (String phrase : pack.textReferencePhrases()) {
            String p = phrase.strip();
            String regex = (wordChar(p.codePointAt(0)) ? "(?<![\\p{L}\\p{N}])" : "") + Pattern.quote(p)
                    + (wordChar(p.codePointBefore(p.length())) ? "(?![\\p{L}\\p{N}])" : "");
            out.add(new Phrase(p, Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)));
        }
        return List.copyOf(out);
    }

    /** A pack phrase and its pattern. */
    record Phrase(String text, Pattern pattern) {
    }

    private static boolean wordChar(int cp) {
        return Character.isLetterOrDigit(cp) && Character.UnicodeScript.of(cp) != Character.UnicodeScript.HAN;
    }

    private static Outcome reject(Rejection.Reason reason, int turn, String detail) {
        return new Outcome(null, new Rejection(reason, turn, detail));
    }

    private static String stripLabel(String text, String label) {
        String l = label.strip();
        if (!l.isEmpty() && text.regionMatches(true, 0, l, 0, l.length())) {
            return text.substring(l.length()).strip();
        }
        return text;
    }

    private static int questionMarks(String text) {
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            if (isQuestionMark(text.charAt(i)) && (i == 0 || !isQuestionMark(text.charAt(i - 1)))) {
                n++;
            }
        }
        return n;
    }

    private static boolean isQuestionMark(char c) {
        return c == '?' || c == '？';
    }
}
