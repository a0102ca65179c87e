package io.ultralink.testing.agnostic;

import io.ultralink.llm.ChatRequest;
import io.ultralink.llm.ChatResponse;
import java.util.Optional;

/**
 * The meaning-check side of the fake translators: a back-translation request gets the text with
 * {@link FakeTranslatorModel#MARK} removed (the exact source, so chrF 100), an adequacy-judge request a
 * faithful verdict.
 */
public final class FakeQuality {

    /** A judge verdict of 5 for adequacy and fluency. */
    public static final String FAITHFUL = "{\"adequacy\": 5, \"fluency\": 5, \"reason\": \"faithful\"}";

    private FakeQuality() {
    }

    /** The answer to a meaning-check request, or empty for any other request. */
    public static Optional<ChatResponse> answer(ChatRequest request) {
        String stage = request.stage().orElse("");
        if (stage.equals("adequacy.backtranslate")) {
            return Optional.of(ScriptedChatModel.ok(unmark(ScriptedChatModel.lastUser(request))));
        }
        if (stage.equals("adequacy.judge")) {
            return Optional.of(ScriptedChatModel.ok(FAITHFUL));
        }
        return Optional.empty();
    }

    /** {@code text} with the fake translation's marks removed. */
    public static String unmark(String text) {
        return text.replace(FakeTranslatorModel.MARK, "");
    }
}
