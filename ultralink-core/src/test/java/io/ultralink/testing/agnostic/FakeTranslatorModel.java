package io.ultralink.testing.agnostic;

import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A deterministic "translator": it rewrites every word of the last user message by appending
 * {@link #MARK} and leaves placeholders ({@code ⟦N⟧}), numbers, punctuation and line breaks alone;
 * {@link MarkerLanguageDetector} recognises the result. An optional adversary rewrites the output
 * afterwards to play a misbehaving model. Meaning-check requests get {@link FakeQuality}'s answers.
 */
public final class FakeTranslatorModel extends ScriptedChatModel {

    /** The suffix every translated word gets. */
    public static final String MARK = "ó";

    private static final Pattern WORD_OR_TOKEN = Pattern.compile("⟦\\d+⟧|[A-Za-z]+");

    /** A well-behaved fake translator. */
    public FakeTranslatorModel() {
        this(UnaryOperator.identity());
    }

    /** A fake translator whose every output goes through {@code adversary}. */
    public FakeTranslatorModel(UnaryOperator<String> adversary) {
        super(request -> FakeQuality.answer(request).orElseGet(() -> ok(adversary.apply(translate(lastUser(request))))));
    }

    /** A fake translator that misbehaves only on its first {@code times} calls. */
    public static FakeTranslatorModel failingFirst(int times, UnaryOperator<String> adversary) {
        java.util.concurrent.atomic.AtomicInteger n = new java.util.concurrent.atomic.AtomicInteger();
        return new FakeTranslatorModel(s -> n.getAndIncrement() < times ? adversary.apply(s) : s);
    }

    /** The fake translation of {@code text}. */
    public static String translate(String text) {
        Matcher m = WORD_OR_TOKEN.matcher(text);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            String w = m.group();
            m.appendReplacement(sb, Matcher.quoteReplacement(w.startsWith("⟦") ? w : w + MARK));
        }
        m.appendTail(sb);
        return sb.toString();
    }

}
